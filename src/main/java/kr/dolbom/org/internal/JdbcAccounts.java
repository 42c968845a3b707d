package kr.dolbom.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.org.Permission;
import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.UserId;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.StaleVersionException;

/** Accounts and their role grants. */
@Repository
public class JdbcAccounts {

	private static final String COLUMNS = """
			id, username, name, password_hash, agency, team_id, enabled, locked, failed_logins,
			must_change_password, security_stamp, last_login_at, created_at, version""";

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcAccounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Account> find(UserId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?").param(id.value())
				.query(this::row).optional().map(a -> withGrants(a));
	}

	public Optional<Account> findByUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?").param(username)
				.query(this::row).optional().map(a -> withGrants(a));
	}

	public boolean usernameTaken(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class)
				.single() > 0;
	}

	/**
	 * Accounts whose grants lie in the given units (null: all), filtered by a free-text query on
	 * username or name.
	 */
	public PageResult<Account> search(String query, List<String> unitCodes, Paging paging) {
		var where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (query != null && !query.isBlank()) {
			where.append(" AND (LOWER(u.username) LIKE :q OR u.name LIKE :q)");
			params.put("q", "%" + query.strip().toLowerCase() + "%");
		}
		if (unitCodes != null) {
			if (unitCodes.isEmpty()) {
				return new PageResult<>(List.of(), paging.page(), paging.size(), 0);
			}
			where.append(" AND u.id IN (SELECT user_id FROM user_role WHERE org_unit_code IN (:units))");
			params.put("units", unitCodes);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM app_user u" + where).params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		var accounts = jdbc.sql("SELECT " + COLUMNS + " FROM app_user u" + where
				+ " ORDER BY u.username LIMIT :limit OFFSET :offset").params(params).query(this::row).list();
		return new PageResult<>(withGrants(accounts), paging.page(), paging.size(), total);
	}

	public List<Account> withRoleAt(Role role, String unitCode) {
		var accounts = jdbc.sql("SELECT " + COLUMNS + " FROM app_user"
				+ " WHERE id IN (SELECT user_id FROM user_role WHERE role = ? AND org_unit_code = ?) ORDER BY name")
				.params(role.name(), unitCode).query(this::row).list();
		return withGrants(accounts);
	}

	public void insert(Account account) {
		jdbc.sql("""
				INSERT INTO app_user (id, username, name, password_hash, agency, team_id, enabled, locked,
				  failed_logins, must_change_password, security_stamp, created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, TRUE, FALSE, 0, ?, 0, ?, 0)""")
				.params(account.id().value(), account.username(), account.name(), account.passwordHash(),
						account.agency(), account.teamId(), account.mustChangePassword(), account.createdAt())
				.update();
	}

	public void updateProfile(UserId id, int expectedVersion, String name, String agency, UUID teamId) {
		int updated = jdbc.sql("""
				UPDATE app_user SET name = ?, agency = ?, team_id = ?, version = version + 1
				WHERE id = ? AND version = ?""").params(name, agency, teamId, id.value(), expectedVersion).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	public void grant(UserId id, RoleGrant grant) {
		jdbc.sql("INSERT INTO user_role (user_id, role, org_unit_code, granted_at) VALUES (?, ?, ?, ?)")
				.params(id.value(), grant.role().name(), grant.orgUnitCode(), OffsetDateTime.now(clock)).update();
	}

	public boolean revoke(UserId id, RoleGrant grant) {
		return jdbc.sql("DELETE FROM user_role WHERE user_id = ? AND role = ? AND org_unit_code = ?")
				.params(id.value(), grant.role().name(), grant.orgUnitCode()).update() > 0;
	}

	public void recordGrantChange(UserId id, RoleGrant grant, String change, UserId actorId, String actorUsername) {
		jdbc.sql("""
				INSERT INTO role_grant_history (user_id, role, org_unit_code, change, changed_at, changed_by,
				  changed_by_username) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(id.value(), grant.role().name(), grant.orgUnitCode(), change, OffsetDateTime.now(clock),
						actorId == null ? null : actorId.value(), actorUsername)
				.update();
	}

	public List<GrantChange> grantHistory(UserId id) {
		return jdbc.sql("""
				SELECT role, org_unit_code, change, changed_at, changed_by_username FROM role_grant_history
				WHERE user_id = ? ORDER BY changed_at DESC, id DESC""").param(id.value())
				.query((rs, n) -> new GrantChange(Role.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
						rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
				.list();
	}

	public record GrantChange(Role role, String orgUnitCode, String change, OffsetDateTime at, String by) {
	}

	public void recordEvent(UserId id, String kind, String actorUsername, String clientAddress) {
		recordEvent(id, kind, null, actorUsername, clientAddress);
	}

	public void recordEvent(UserId id, String kind, String detail, String actorUsername, String clientAddress) {
		jdbc.sql("""
				INSERT INTO account_event (user_id, kind, detail, at, actor_username, client_address)
				VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id.value(), kind, detail, OffsetDateTime.now(clock), actorUsername, clientAddress).update();
	}

	public boolean grantPermission(UserId id, Permission permission) {
		if (jdbc.sql("SELECT COUNT(*) FROM user_permission WHERE user_id = ? AND permission = ?")
				.params(id.value(), permission.name()).query(Long.class).single() > 0) {
			return false;
		}
		jdbc.sql("INSERT INTO user_permission (user_id, permission, granted_at) VALUES (?, ?, ?)")
				.params(id.value(), permission.name(), OffsetDateTime.now(clock)).update();
		return true;
	}

	public boolean revokePermission(UserId id, Permission permission) {
		return jdbc.sql("DELETE FROM user_permission WHERE user_id = ? AND permission = ?")
				.params(id.value(), permission.name()).update() > 0;
	}

	public List<AccountEvent> events(UserId id) {
		return jdbc.sql("""
				SELECT kind, detail, at, actor_username, client_address FROM account_event WHERE user_id = ?
				ORDER BY at DESC, id DESC""").param(id.value())
				.query((rs, n) -> new AccountEvent(rs.getString(1), rs.getString(2),
						rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5)))
				.list();
	}

	public record AccountEvent(String kind, String detail, OffsetDateTime at, String actor, String clientAddress) {
	}

	/** Counts a failed login and locks the account when it reaches the limit, in one statement. */
	public void countFailedLogin(String username, int lockAfter) {
		jdbc.sql("""
				UPDATE app_user SET failed_logins = failed_logins + 1,
				  locked = CASE WHEN failed_logins + 1 >= ? THEN TRUE ELSE locked END,
				  security_stamp = CASE WHEN failed_logins + 1 >= ? AND NOT locked THEN security_stamp + 1
				                        ELSE security_stamp END
				WHERE username = ?""").params(lockAfter, lockAfter, username).update();
	}

	public void recordSuccessfulLogin(UserId id) {
		jdbc.sql("UPDATE app_user SET failed_logins = 0, last_login_at = ? WHERE id = ?")
				.params(OffsetDateTime.now(clock), id.value()).update();
	}

	public void setLocked(UserId id, boolean locked) {
		jdbc.sql("""
				UPDATE app_user SET locked = ?, failed_logins = 0, version = version + 1,
				  security_stamp = security_stamp + 1 WHERE id = ?""").params(locked, id.value()).update();
	}

	public void setEnabled(UserId id, boolean enabled) {
		jdbc.sql("UPDATE app_user SET enabled = ?, version = version + 1, security_stamp = security_stamp + 1 WHERE id = ?")
				.params(enabled, id.value()).update();
	}

	/** A new password; every session and token issued before stops working. */
	public void setPassword(UserId id, String passwordHash, boolean mustChange) {
		jdbc.sql("""
				UPDATE app_user SET password_hash = ?, must_change_password = ?, failed_logins = 0,
				  security_stamp = security_stamp + 1, version = version + 1 WHERE id = ?""")
				.params(passwordHash, mustChange, id.value()).update();
	}

	private Account withGrants(Account account) {
		return withGrants(List.of(account)).get(0);
	}

	private List<Account> withGrants(List<Account> accounts) {
		if (accounts.isEmpty()) {
			return accounts;
		}
		Map<UUID, List<RoleGrant>> grants = new HashMap<>();
		jdbc.sql("""
				SELECT user_id, role, org_unit_code FROM user_role WHERE user_id IN (:ids)
				ORDER BY granted_at, role""")
				.param("ids", accounts.stream().map(a -> a.id().value()).toList())
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
						new RoleGrant(Role.valueOf(rs.getString(2)), rs.getString(3))))
				.list()
				.forEach(e -> grants.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<UUID, Set<Permission>> permissions = new HashMap<>();
		jdbc.sql("SELECT user_id, permission FROM user_permission WHERE user_id IN (:ids)")
				.param("ids", accounts.stream().map(a -> a.id().value()).toList())
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), Permission.valueOf(rs.getString(2))))
				.list()
				.forEach(e -> permissions.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Permission.class))
						.add(e.getValue()));
		return accounts.stream().map(a -> new Account(a.id(), a.username(), a.name(), a.passwordHash(), a.agency(),
				a.teamId(), a.enabled(), a.locked(), a.failedLogins(), a.mustChangePassword(), a.securityStamp(),
				a.lastLoginAt(), a.createdAt(), a.version(), grants.getOrDefault(a.id().value(), List.of()),
				permissions.getOrDefault(a.id().value(), Set.of())))
				.toList();
	}

	private Account row(ResultSet rs, int n) throws SQLException {
		return new Account(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"), rs.getString("name"),
				rs.getString("password_hash"), rs.getString("agency"), rs.getObject("team_id", UUID.class),
				rs.getBoolean("enabled"), rs.getBoolean("locked"), rs.getInt("failed_logins"),
				rs.getBoolean("must_change_password"), rs.getInt("security_stamp"),
				rs.getObject("last_login_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getInt("version"), List.of(), Set.of());
	}
}
