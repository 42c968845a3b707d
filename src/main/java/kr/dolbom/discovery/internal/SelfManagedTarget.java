package kr.dolbom.discovery.internal;

import java.time.LocalDate;
import java.util.UUID;

import kr.dolbom.people.PersonId;

/**
 * A self-managed target (자체관리대상자, seeds appendix 1 6): a resident the office watches, with the
 * reason (등록사유), the worker in charge (담당자), the visit cycle in months (방문주기), the number
 * of visits made (방문횟수) and notes (참고사항). Released once watching is no longer needed.
 */
public record SelfManagedTarget(UUID id, PersonId personId, String officeCode, SelfManagedSource source, String reason,
		UUID assigneeId, Integer visitCycleMonths, int visitCount, String notes, LocalDate registeredOn,
		UUID registeredBy, LocalDate releasedOn, String releaseReason, int version) {

	public boolean released() {
		return releasedOn != null;
	}
}
