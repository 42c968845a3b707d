package kr.dolbom.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.support.DolbomIntegrationTest;

/** A new installation gets its first administrator from the environment, and only then. */
@DolbomIntegrationTest
@Transactional // every change here is rolled back: the demo administrator stays
class AdminBootstrapIntegrationTests {

	@Autowired
	JdbcAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgUnits units;

	@Autowired
	PasswordEncoder passwords;

	private AdminBootstrap bootstrap(String username, String password) {
		return new AdminBootstrap(accounts, jdbc, units, passwords, Clock.systemUTC(), username, password, "4400000000");
	}

	@BeforeEach
	void aNewInstallationHasNoAdministrator() {
		jdbc.sql("DELETE FROM user_role WHERE role = 'ADMIN'").update();
	}

	@Test
	void createsTheFirstAdministratorWhoMustChangeThePassword() {
		bootstrap("first.admin", "Strong-Pass-2026").run(null);
		var admin = accounts.findByUsername("first.admin").orElseThrow();
		assertThat(admin.grants()).extracting(g -> g.role()).containsExactly(Role.ADMIN);
		assertThat(admin.mustChangePassword()).isTrue();
		assertThat(passwords.matches("Strong-Pass-2026", admin.passwordHash())).isTrue();

		bootstrap("second.admin", "Strong-Pass-2026").run(null);
		assertThat(accounts.usernameTaken("second.admin")).isFalse();
	}

	@Test
	void aWeakBootstrapPasswordStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> bootstrap("first.admin", "admin").run(null))
				.withMessageContaining("PASSWORD");
	}

	@Test
	void withoutTheVariablesNothingHappens() {
		bootstrap("", "").run(null);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN'").query(Long.class).single()).isZero();
	}
}
