package kr.dolbom.org;

import java.util.List;

/** What other modules may know of a colleague: enough to show and to assign, nothing more. */
public record UserSummary(UserId id, String username, String name, List<RoleGrant> grants, boolean active) {

	public UserSummary {
		grants = List.copyOf(grants);
	}
}
