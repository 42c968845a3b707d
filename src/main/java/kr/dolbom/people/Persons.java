package kr.dolbom.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access for other modules. These calls check nothing and log nothing: the calling module has
 * already checked the caller's scope for its own record (a case, a target) and writes the access
 * log entry for it.
 */
public interface Persons {

	Optional<PersonSummary> find(PersonId id);

	List<PersonSummary> findAll(Collection<PersonId> ids);

	Optional<HouseholdSummary> household(HouseholdId id);
}
