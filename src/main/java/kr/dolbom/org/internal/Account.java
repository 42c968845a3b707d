package kr.dolbom.org.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kr.dolbom.org.Permission;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.UserId;

/** A user account as stored: credentials, lock state and role grants. */
public record Account(UserId id, String username, String name, String passwordHash, String agency, UUID teamId,
		boolean enabled, boolean locked, int failedLogins, boolean mustChangePassword, int securityStamp,
		OffsetDateTime lastLoginAt, OffsetDateTime createdAt, int version, List<RoleGrant> grants,
		Set<Permission> permissions) {

	public Account {
		grants = List.copyOf(grants);
		permissions = Set.copyOf(permissions);
	}

	public boolean active() {
		return enabled && !locked;
	}
}
