package kr.dolbom.resource;

import java.util.Optional;
import java.util.UUID;

import kr.dolbom.people.PersonId;

/**
 * Implemented by the module that owns cases (casework), so that a linkage can be requested for a
 * case ({@code caseId}) as api.md allows, without this module depending on casework. Until a bean
 * of this type exists, linkages are requested for a person ({@code personId}) and a
 * {@code caseId} is refused with 422.
 */
public interface LinkableCases {

	/** The case with its client and the 읍면동 that manages it; empty when there is no such case. */
	Optional<LinkableCase> find(UUID caseId);

	record LinkableCase(UUID caseId, PersonId personId, String officeCode) {
	}
}
