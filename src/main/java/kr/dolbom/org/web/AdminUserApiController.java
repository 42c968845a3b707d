package kr.dolbom.org.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.org.Permission;
import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.UserId;
import kr.dolbom.org.internal.Account;
import kr.dolbom.org.internal.UserAdministration;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;

/** Account administration for the system administrator (403 for everyone else). */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Administration")
class AdminUserApiController {

	private final UserAdministration administration;

	AdminUserApiController(UserAdministration administration) {
		this.administration = administration;
	}

	record GrantBody(Role role, String orgUnitCode) {

		RoleGrant toGrant() {
			return new RoleGrant(role, orgUnitCode);
		}
	}

	record NewUserBody(String username, String name, String agency, UUID teamId, List<GrantBody> roles) {
	}

	record PermissionBody(Permission permission) {
	}

	record ProfileBody(String name, String agency, UUID teamId, int version) {
	}

	record UserView(String id, String username, String name, String agency, UUID teamId, boolean enabled,
			boolean locked, int failedLogins, boolean mustChangePassword, OffsetDateTime lastLoginAt,
			List<GrantBody> roles, List<Permission> permissions, int version) {

		static UserView of(Account a) {
			return new UserView(a.id().toString(), a.username(), a.name(), a.agency(), a.teamId(), a.enabled(),
					a.locked(), a.failedLogins(), a.mustChangePassword(), a.lastLoginAt(),
					a.grants().stream().map(g -> new GrantBody(g.role(), g.orgUnitCode())).toList(),
					a.permissions().stream().sorted().toList(), a.version());
		}
	}

	record CreatedView(UserView user, String temporaryPassword) {
	}

	record TemporaryPasswordView(String temporaryPassword) {
	}

	@GetMapping
	PageResult<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return administration.search(q, Paging.of(page, size)).map(UserView::of);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a user; the answer carries a temporary password to change at first login")
	CreatedView create(@RequestBody NewUserBody body) {
		var grants = body.roles() == null ? List.<RoleGrant>of() : body.roles().stream().map(GrantBody::toGrant).toList();
		var created = administration.create(
				new UserAdministration.NewUser(body.username(), body.name(), body.agency(), body.teamId(), grants));
		return new CreatedView(UserView.of(created.account()), created.temporaryPassword());
	}

	@GetMapping("/{id}")
	UserView get(@PathVariable UUID id) {
		return UserView.of(administration.get(new UserId(id)));
	}

	@PutMapping("/{id}")
	UserView update(@PathVariable UUID id, @RequestBody ProfileBody body) {
		return UserView.of(administration.updateProfile(new UserId(id), body.version(), body.name(), body.agency(),
				body.teamId()));
	}

	@PostMapping("/{id}/roles")
	UserView grant(@PathVariable UUID id, @RequestBody GrantBody body) {
		return UserView.of(administration.grant(new UserId(id), body.toGrant()));
	}

	@PostMapping("/{id}/roles/revoke")
	UserView revoke(@PathVariable UUID id, @RequestBody GrantBody body) {
		return UserView.of(administration.revoke(new UserId(id), body.toGrant()));
	}

	@PostMapping("/{id}/permissions")
	@Operation(summary = "Grant a permission, e.g. RRN_REVEAL")
	UserView grantPermission(@PathVariable UUID id, @RequestBody PermissionBody body) {
		return UserView.of(administration.grantPermission(new UserId(id), body.permission()));
	}

	@PostMapping("/{id}/permissions/revoke")
	UserView revokePermission(@PathVariable UUID id, @RequestBody PermissionBody body) {
		return UserView.of(administration.revokePermission(new UserId(id), body.permission()));
	}

	@PostMapping("/{id}/lock")
	UserView lock(@PathVariable UUID id) {
		return UserView.of(administration.lock(new UserId(id)));
	}

	@PostMapping("/{id}/unlock")
	UserView unlock(@PathVariable UUID id) {
		return UserView.of(administration.unlock(new UserId(id)));
	}

	@PostMapping("/{id}/reset-password")
	TemporaryPasswordView resetPassword(@PathVariable UUID id) {
		return new TemporaryPasswordView(administration.resetPassword(new UserId(id)));
	}
}
