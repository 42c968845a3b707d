package kr.dolbom.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Counts of cases for dashboards and statistics (domain.md §10 "cases per stage"). Aggregates only:
 * no person is named, so no access-log entry; the caller decides which offices the user may see.
 */
public interface CaseStatistics {

	/** How many cases of each office are in each state (cases of every age, terminal states included). */
	List<StateCount> byState(Collection<String> officeCodes);

	/** How many cases of each office were opened and closed in the period (both ends included). */
	List<FlowCount> flow(Collection<String> officeCodes, LocalDate from, LocalDate to);

	/** Open (non-terminal) cases per office and main case manager; unassigned cases under {@code null}. */
	List<CaseloadCount> caseload(Collection<String> officeCodes);

	record StateCount(String officeCode, CaseState state, long count) {
	}

	record FlowCount(String officeCode, long opened, long closed) {
	}

	record CaseloadCount(String officeCode, java.util.UUID assigneeId, long count) {
	}
}
