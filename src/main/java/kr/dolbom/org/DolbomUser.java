package kr.dolbom.org;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed-in user as every module sees them, loaded fresh for each request so that a lock or a
 * changed role takes effect at once.
 */
public record DolbomUser(UserId id, String username, String name, List<RoleGrant> grants, UUID teamId,
		String agency, Scope scope, Set<Permission> permissions) {

	public DolbomUser {
		grants = List.copyOf(grants);
		permissions = Set.copyOf(permissions);
	}

	public boolean has(Permission permission) {
		return permissions.contains(permission);
	}

	public boolean hasRole(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

	public boolean hasAnyRole(Role... roles) {
		return Arrays.stream(roles).anyMatch(this::hasRole);
	}

	public Set<Role> roles() {
		return grants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
	}

	/** The org unit of the first grant: where the user works. */
	public Optional<String> homeUnitCode() {
		return grants.stream().map(RoleGrant::orgUnitCode).filter(c -> c != null).findFirst();
	}

	/** Org units where the user holds the given role. */
	public Set<String> unitsWithRole(Role role) {
		return grants.stream().filter(g -> g.role() == role).map(RoleGrant::orgUnitCode)
				.collect(Collectors.toUnmodifiableSet());
	}
}
