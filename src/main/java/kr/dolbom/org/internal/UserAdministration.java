package kr.dolbom.org.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.Access;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Permission;
import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.UserId;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.ClientAddress;

/**
 * What the system administrator does with accounts: create, grant and revoke roles, lock, unlock
 * and reset passwords. Every grant and revocation is kept in the grant history (개인정보의 안전성
 * 확보조치 기준 §5); every operation is checked here, not only in the controllers.
 */
@Service
public class UserAdministration {

	private static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,59}";

	private final JdbcAccounts accounts;
	private final JdbcTeams teams;
	private final OrgUnits units;
	private final Access access;
	private final PasswordEncoder passwords;
	private final Clock clock;

	UserAdministration(JdbcAccounts accounts, JdbcTeams teams, OrgUnits units, Access access,
			PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.teams = teams;
		this.units = units;
		this.access = access;
		this.passwords = passwords;
		this.clock = clock;
	}

	public record NewUser(String username, String name, String agency, UUID teamId, List<RoleGrant> grants) {
	}

	public record Created(Account account, String temporaryPassword) {
	}

	public PageResult<Account> search(String query, Paging paging) {
		access.requireAnyRole(Role.ADMIN);
		return accounts.search(query, null, paging);
	}

	public Account get(UserId id) {
		access.requireAnyRole(Role.ADMIN);
		return accounts.find(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	/** Creates the account with a temporary password that must be changed at the first login. */
	@Transactional
	public Created create(NewUser command) {
		var admin = access.requireAnyRole(Role.ADMIN);
		var username = command.username() == null ? "" : command.username().strip().toLowerCase();
		var problems = new ValidationFailed.Collector()
				.rejectIf(!username.matches(USERNAME_PATTERN), "username", "validation.username.format")
				.rejectIf(username.matches(USERNAME_PATTERN) && accounts.usernameTaken(username), "username",
						"validation.username.taken")
				.rejectIf(command.name() == null || command.name().isBlank(), "name", "validation.required")
				.rejectIf(command.name() != null && command.name().strip().length() > 60, "name", "validation.too-long", 60)
				.rejectIf(command.grants() == null || command.grants().isEmpty(), "grants", "validation.user.role-required");
		if (command.grants() != null) {
			command.grants().forEach(g -> checkGrant(g, command.agency(), problems));
		}
		checkTeam(command.teamId(), problems);
		problems.throwIfAny();

		var temporary = PasswordPolicy.temporaryPassword();
		var account = new Account(new UserId(Ids.newId()), username, command.name().strip(), passwords.encode(temporary),
				blankToNull(command.agency()), command.teamId(), true, false, 0, true, 0, null,
				OffsetDateTime.now(clock), 0, List.of(), Set.of());
		accounts.insert(account);
		for (var grant : command.grants()) {
			accounts.grant(account.id(), grant);
			accounts.recordGrantChange(account.id(), grant, "GRANTED", admin.id(), admin.username());
		}
		accounts.recordEvent(account.id(), "CREATED", admin.username(), ClientAddress.current());
		return new Created(accounts.find(account.id()).orElseThrow(), temporary);
	}

	@Transactional
	public Account updateProfile(UserId id, int version, String name, String agency, UUID teamId) {
		access.requireAnyRole(Role.ADMIN);
		var account = get(id);
		var problems = new ValidationFailed.Collector()
				.rejectIf(name == null || name.isBlank(), "name", "validation.required")
				.rejectIf(account.grants().stream().anyMatch(g -> g.role() == Role.PARTNER_CASE_MANAGER)
						&& (agency == null || agency.isBlank()), "agency", "validation.user.agency-required");
		checkTeam(teamId, problems);
		problems.throwIfAny();
		accounts.updateProfile(id, version, name.strip(), blankToNull(agency), teamId);
		return get(id);
	}

	@Transactional
	public Account grant(UserId id, RoleGrant grant) {
		var admin = access.requireAnyRole(Role.ADMIN);
		var account = get(id);
		var problems = new ValidationFailed.Collector();
		checkGrant(grant, account.agency(), problems);
		problems.throwIfAny();
		if (account.grants().contains(grant)) {
			throw new DomainRuleViolation("role-already-granted");
		}
		accounts.grant(id, grant);
		accounts.recordGrantChange(id, grant, "GRANTED", admin.id(), admin.username());
		return get(id);
	}

	@Transactional
	public Account revoke(UserId id, RoleGrant grant) {
		var admin = access.requireAnyRole(Role.ADMIN);
		var account = get(id);
		if (!account.grants().contains(grant)) {
			throw new NotFoundException("role-grant", grant);
		}
		if (account.grants().size() == 1) {
			throw new DomainRuleViolation("last-role");
		}
		if (admin.id().equals(id) && grant.role() == Role.ADMIN) {
			throw new DomainRuleViolation("own-admin-role");
		}
		accounts.revoke(id, grant);
		accounts.recordGrantChange(id, grant, "REVOKED", admin.id(), admin.username());
		return get(id);
	}

	@Transactional
	public Account lock(UserId id) {
		var admin = access.requireAnyRole(Role.ADMIN);
		get(id);
		if (admin.id().equals(id)) {
			throw new DomainRuleViolation("own-account-lock");
		}
		accounts.setLocked(id, true);
		accounts.recordEvent(id, "LOCKED", admin.username(), ClientAddress.current());
		return get(id);
	}

	@Transactional
	public Account unlock(UserId id) {
		var admin = access.requireAnyRole(Role.ADMIN);
		get(id);
		accounts.setLocked(id, false);
		accounts.recordEvent(id, "UNLOCKED", admin.username(), ClientAddress.current());
		return get(id);
	}

	/** A new temporary password, shown once to the administrator; the user must change it. */
	@Transactional
	public String resetPassword(UserId id) {
		var admin = access.requireAnyRole(Role.ADMIN);
		get(id);
		var temporary = PasswordPolicy.temporaryPassword();
		accounts.setPassword(id, passwords.encode(temporary), true);
		accounts.recordEvent(id, "PASSWORD_RESET", admin.username(), ClientAddress.current());
		return temporary;
	}

	@Transactional
	public Account grantPermission(UserId id, Permission permission) {
		var admin = access.requireAnyRole(Role.ADMIN);
		get(id);
		if (permission == null) {
			throw ValidationFailed.of("permission", "validation.required");
		}
		if (!accounts.grantPermission(id, permission)) {
			throw new DomainRuleViolation("permission-already-granted");
		}
		accounts.recordEvent(id, "PERMISSION_GRANTED", permission.name(), admin.username(), ClientAddress.current());
		return get(id);
	}

	@Transactional
	public Account revokePermission(UserId id, Permission permission) {
		var admin = access.requireAnyRole(Role.ADMIN);
		get(id);
		if (permission == null || !accounts.revokePermission(id, permission)) {
			throw new NotFoundException("permission", permission);
		}
		accounts.recordEvent(id, "PERMISSION_REVOKED", permission.name(), admin.username(), ClientAddress.current());
		return get(id);
	}

	public List<JdbcAccounts.GrantChange> grantHistory(UserId id) {
		access.requireAnyRole(Role.ADMIN);
		return accounts.grantHistory(id);
	}

	public List<JdbcAccounts.AccountEvent> events(UserId id) {
		access.requireAnyRole(Role.ADMIN);
		return accounts.events(id);
	}

	private void checkGrant(RoleGrant grant, String agency, ValidationFailed.Collector problems) {
		if (grant == null || grant.role() == null) {
			problems.reject("grants", "validation.required");
			return;
		}
		OrgUnit unit = grant.orgUnitCode() == null ? null : units.find(grant.orgUnitCode()).orElse(null);
		if (unit == null) {
			problems.reject("grants", "validation.org-unit.unknown");
			return;
		}
		problems.rejectIf(!grant.role().canBeBoundTo(unit.level()), "grants", "validation.user.role-level");
		problems.rejectIf(grant.role() == Role.PARTNER_CASE_MANAGER && (agency == null || agency.isBlank()),
				"agency", "validation.user.agency-required");
	}

	private void checkTeam(UUID teamId, ValidationFailed.Collector problems) {
		problems.rejectIf(teamId != null && teams.find(teamId).isEmpty(), "teamId", "validation.team.unknown");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The signed-in user changes their own password (also the forced change after a reset). */
	@Transactional
	public void changeOwnPassword(DolbomUser user, String current, String next) {
		var account = accounts.find(user.id()).orElseThrow(() -> new NotFoundException("user", user.id()));
		var problems = new ValidationFailed.Collector()
				.rejectIf(current == null || !passwords.matches(current, account.passwordHash()), "currentPassword",
						"validation.password.current-wrong");
		PasswordPolicy.violations(next, account.username()).forEach(key -> problems.reject("newPassword", key));
		problems.rejectIf(next != null && current != null && next.equals(current), "newPassword",
				"validation.password.same");
		problems.throwIfAny();
		accounts.setPassword(user.id(), passwords.encode(next), false);
		accounts.recordEvent(user.id(), "PASSWORD_CHANGED", user.username(), ClientAddress.current());
	}
}
