package kr.dolbom.people.internal.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.people.Rrn;
import kr.dolbom.people.internal.RrnProtection;
import kr.dolbom.support.DolbomIntegrationTest;

/** The generated dataset loads into H2 and PostgreSQL (COPY) alike, once per seed. */
@DolbomIntegrationTest
class DistrictPeopleLoaderIntegrationTests {

	@Autowired
	DistrictPeopleLoader loader;

	@Autowired
	RrnProtection protection;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSmallDistrictDatasetLoadsOnceAndIsFoundByNumber() {
		// 부여군, so that the demo office's data stays as the other tests expect
		var dataset = loader.dataset("4476000000", 20261125L, 1_000, 400);
		long before = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();

		var loaded = loader.load(dataset);
		assertThat(loaded.persons()).isEqualTo(1_000);
		assertThat(loaded.households()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(before + 1_000);

		assertThat(loader.load(dataset).alreadyPresent()).isTrue();

		var number = dataset.registrationNumbers().get(500);
		var stored = jdbc.sql("SELECT rrn_cipher, office_code FROM person WHERE rrn_hash = ?")
				.param(protection.lookupHash(Rrn.parse(number))).query().singleRow();
		assertThat(stored.get("office_code").toString()).startsWith("44760");
		assertThat(stored.get("rrn_cipher").toString()).doesNotContain(number);
		assertThat(protection.decrypt(stored.get("rrn_cipher").toString()).digits()).isEqualTo(number);
	}
}
