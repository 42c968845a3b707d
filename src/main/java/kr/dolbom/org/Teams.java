package kr.dolbom.org;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Teams {

	Optional<Team> find(UUID id);

	/** Teams based at the unit or serving it. */
	List<Team> serving(String orgUnitCode);
}
