package kr.dolbom.org;

import java.util.List;
import java.util.UUID;

/**
 * What other modules may know of a colleague: enough to show and to assign, nothing more.
 * {@code teamId} is the team they work in (null for those in none, e.g. partner case managers).
 */
public record UserSummary(UserId id, String username, String name, List<RoleGrant> grants, boolean active, UUID teamId) {

	public UserSummary {
		grants = List.copyOf(grants);
	}

	public UserSummary(UserId id, String username, String name, List<RoleGrant> grants, boolean active) {
		this(id, username, name, grants, active, null);
	}
}
