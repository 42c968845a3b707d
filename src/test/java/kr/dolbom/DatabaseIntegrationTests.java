package kr.dolbom;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Makes sure the suite runs on the database CI asked for (.ci/run sets
 * {@code dolbom.test.expect-database}), so that the PostgreSQL run can never silently be H2 again,
 * and that the migrations of every module ran.
 */
@DolbomIntegrationTest
class DatabaseIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnTheExpectedDatabaseWithEveryModulesMigrations() throws Exception {
		try (var connection = dataSource.getConnection()) {
			var product = connection.getMetaData().getDatabaseProductName();
			var expected = System.getProperty("dolbom.test.expect-database", "H2");
			assertThat(product).isEqualTo(expected);
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single()).isGreaterThan(3800);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log_head").query(Long.class).single()).isEqualTo(1);
	}
}
