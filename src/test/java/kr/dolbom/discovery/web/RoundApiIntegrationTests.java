package kr.dolbom.discovery.web;

import static kr.dolbom.discovery.DiscoveryFixtures.HEADER;
import static kr.dolbom.discovery.DiscoveryFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.discovery.DiscoveryFixtures;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * api.md "Discovery": agency files (declared encoding UTF-8 or EUC-KR/CP949, header validation,
 * per-row errors with line numbers, a file accepted whole or not at all), scoring and distribution.
 */
@DolbomIntegrationTest
class RoundApiIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	DiscoveryFixtures fixtures() {
		return new DiscoveryFixtures(api);
	}

	private long records(String roundId) {
		return jdbc.sql("SELECT COUNT(*) FROM discovery_record WHERE round_id = ?").param(UUID.fromString(roundId))
				.query(Long.class).single();
	}

	@Test
	void anEucKrFileWithKoreanNamesIngestsCorrectly() {
		var round = fixtures().round(10);
		var csv = HEADER + row(CaseFixtures.newRrn("580214", '1'), "홍길동", DemoOrg.OFFICE, 3L)
				+ row(CaseFixtures.newRrn("610911", '2'), "김똘똘", DemoOrg.OFFICE, null);
		var response = fixtures().upload(round, "POWER_CUT", "EUC-KR", DiscoveryFixtures.encoded(csv, "EUC-KR"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("records").asInt()).isEqualTo(2);
		assertThat(response.json().get("encoding").asString()).isEqualTo("EUC-KR");
		assertThat(jdbc.sql("SELECT name FROM discovery_subject WHERE round_id = ? ORDER BY name")
				.param(UUID.fromString(round)).query(String.class).list()).containsExactly("김똘똘", "홍길동");
		// the number is kept as the register's keyed hash and encrypted, never in plain text
		assertThat(jdbc.sql("SELECT rrn_cipher FROM discovery_subject WHERE round_id = ?").param(UUID.fromString(round))
				.query(String.class).list()).allMatch(c -> c.startsWith("v1:"));
		var view = api.as("demo.admin").get("/api/v1/discovery/rounds/{id}", round);
		assertThat(view.json().get("counts").get("records").asInt()).isEqualTo(2);
		assertThat(view.json().get("files").get(0).get("indicator").asString()).isEqualTo("POWER_CUT");
	}

	@Test
	void aUtf8FileWithAByteOrderMarkIsRead() {
		var round = fixtures().round(10);
		var csv = "\uFEFF" + HEADER + row(CaseFixtures.newRrn("620303", '1'), "박바름", DemoOrg.OFFICE, 120000L);
		var response = fixtures().upload(round, "HEALTH_PREMIUM_ARREARS", "UTF-8", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	@Test
	void aFileWithOneBadRowIsRejectedWholeWithThatRowsLineNumber() {
		var round = fixtures().round(10);
		var csv = HEADER + row(CaseFixtures.newRrn("580215", '1'), "정상일", DemoOrg.OFFICE, 1L)
				+ row(CaseFixtures.newRrn("580216", '2'), "정상이", DemoOrg.OFFICE, 2L)
				+ row("5802171234", "잘못된", DemoOrg.OFFICE, 3L)
				+ row(CaseFixtures.newRrn("580218", '1'), "정상삼", DemoOrg.OFFICE, 4L);
		var response = fixtures().upload(round, "WATER_CUT", "UTF-8", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		var errors = response.json().get("errors");
		assertThat(errors.size()).isEqualTo(1);
		assertThat(errors.get(0).get("field").asString()).isEqualTo("line 4");
		assertThat(errors.get(0).get("message").asString()).startsWith("4행").contains("주민등록번호");
		assertThat(records(round)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM discovery_file WHERE round_id = ?").param(UUID.fromString(round))
				.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM discovery_subject WHERE round_id = ?").param(UUID.fromString(round))
				.query(Long.class).single()).isZero();
	}

	@Test
	void aWrongHeaderAnUnknownOfficeAndAWrongEncodingAreRefused() {
		var round = fixtures().round(10);
		var wrongHeader = "rrn,name,office,observedOn,amount,lat,lon\n"
				+ row(CaseFixtures.newRrn("580219", '1'), "머리글", DemoOrg.OFFICE, 1L);
		var response = fixtures().upload(round, "GAS_CUT", "UTF-8", wrongHeader.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("머리글");

		var unknownOffice = HEADER + row(CaseFixtures.newRrn("580220", '1'), "없는동", "9999999999", 1L);
		response = fixtures().upload(round, "GAS_CUT", "UTF-8", unknownOffice.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("line 2");

		// EUC-KR bytes declared as UTF-8
		var korean = HEADER + row(CaseFixtures.newRrn("580221", '1'), "인코딩", DemoOrg.OFFICE, 1L);
		response = fixtures().upload(round, "GAS_CUT", "UTF-8", DiscoveryFixtures.encoded(korean, "EUC-KR"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("인코딩");
		assertThat(records(round)).isZero();
	}

	@Test
	void roundsAreRunByTheCentralOperator() {
		assertThat(api.as("demo.worker").post("/api/v1/discovery/rounds",
				java.util.Map.of("label", DiscoveryFixtures.uniqueLabel())).status()).isEqualTo(403);
		var round = fixtures().round(10);
		var csv = HEADER + row(CaseFixtures.newRrn("580222", '1'), "권한", DemoOrg.OFFICE, 1L);
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/v1/discovery/rounds/{id}/files", round)
				.file(new org.springframework.mock.web.MockMultipartFile("file", "a.csv", "text/csv",
						csv.getBytes(StandardCharsets.UTF_8)))
				.param("indicator", "POWER_CUT");
		assertThat(api.as("demo.worker").perform(request).status()).isEqualTo(403);
		assertThat(api.as("demo.admin").post("/api/v1/discovery/rounds/{id}/score", null, round).status())
				.isEqualTo(409);
	}
}
