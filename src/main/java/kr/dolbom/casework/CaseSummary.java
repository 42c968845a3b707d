package kr.dolbom.casework;

import java.time.LocalDate;

import kr.dolbom.people.PersonId;

/** A case as other modules (resource linkage, forms, work queue) may see it. */
public record CaseSummary(CaseId id, PersonId personId, String officeCode, CaseState state, Selection selection,
		LocalDate requestedOn) {
}
