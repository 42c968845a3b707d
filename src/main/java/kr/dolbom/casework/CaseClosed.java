package kr.dolbom.casework;

import java.time.LocalDate;

import kr.dolbom.people.PersonId;

public record CaseClosed(CaseId caseId, PersonId personId, Selection selection, ClosureType type, LocalDate closedOn) {
}
