package kr.dolbom.org;

import java.util.List;
import java.util.Optional;

public interface Users {

	Optional<UserSummary> find(UserId id);

	Optional<UserSummary> findByUsername(String username);

	/** Active users holding the role at exactly this org unit, e.g. the case managers of an office. */
	List<UserSummary> withRoleAt(Role role, String orgUnitCode);
}
