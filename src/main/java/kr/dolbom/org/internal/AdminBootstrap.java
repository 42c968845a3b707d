package kr.dolbom.org.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.UserId;
import kr.dolbom.shared.Ids;

/**
 * Creates the first system administrator of a new installation from
 * {@code DOLBOM_BOOTSTRAP_ADMIN_USERNAME} / {@code _PASSWORD} / {@code _ORG_UNIT}, only while no
 * account holds the ADMIN role. The password must satisfy the policy and must be changed at the
 * first login.
 */
@Component
@Order(5)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final JdbcAccounts accounts;
	private final JdbcClient jdbc;
	private final OrgUnits units;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private final String username;
	private final String password;
	private final String orgUnitCode;

	AdminBootstrap(JdbcAccounts accounts, JdbcClient jdbc, OrgUnits units, PasswordEncoder passwords, Clock clock,
			@Value("${dolbom.bootstrap.admin-username:}") String username,
			@Value("${dolbom.bootstrap.admin-password:}") String password,
			@Value("${dolbom.bootstrap.admin-org-unit:}") String orgUnitCode) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.units = units;
		this.passwords = passwords;
		this.clock = clock;
		this.username = username.strip().toLowerCase();
		this.password = password;
		this.orgUnitCode = orgUnitCode.strip();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (username.isEmpty()) {
			return;
		}
		long admins = jdbc.sql("SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN'").query(Long.class).single();
		if (admins > 0) {
			return;
		}
		if (!PasswordPolicy.violations(password, username).isEmpty()) {
			throw new IllegalStateException("DOLBOM_BOOTSTRAP_ADMIN_PASSWORD does not satisfy the password policy");
		}
		if (units.find(orgUnitCode).isEmpty()) {
			throw new IllegalStateException("DOLBOM_BOOTSTRAP_ADMIN_ORG_UNIT must be an administrative code in force");
		}
		if (accounts.usernameTaken(username)) {
			throw new IllegalStateException("DOLBOM_BOOTSTRAP_ADMIN_USERNAME is taken by an account without ADMIN");
		}
		var id = new UserId(Ids.newId());
		accounts.insert(new Account(id, username, "시스템 관리자", passwords.encode(password), null, null, true, false, 0,
				true, 0, null, OffsetDateTime.now(clock), 0, List.of(), Set.of()));
		var grant = new RoleGrant(Role.ADMIN, orgUnitCode);
		accounts.grant(id, grant);
		accounts.recordGrantChange(id, grant, "GRANTED", null, "bootstrap");
		accounts.recordEvent(id, "CREATED", "bootstrap", null);
		log.info("First administrator {} created; the password must be changed at the first login", username);
	}
}
