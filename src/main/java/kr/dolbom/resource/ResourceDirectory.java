package kr.dolbom.resource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kr.dolbom.people.PersonId;

/**
 * Read access for other modules. Like {@code people.Persons} these calls check nothing and log
 * nothing: the calling module has checked the caller's scope for its own record (a case) already.
 */
public interface ResourceDirectory {

	Optional<ServiceSummary> service(ServiceId id);

	List<LinkageSummary> linkagesOfPerson(PersonId person);

	/** Linkages requested for a case (empty until the casework module provides {@link LinkableCases}). */
	List<LinkageSummary> linkagesOfCase(UUID caseId);
}
