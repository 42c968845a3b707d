package kr.dolbom.consultation;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Outreach visits against the monthly targets per office (manual 1-2 ③ 상담 목표), for dashboards. Counts
 * only, no personal data; it checks nothing: the calling module shows offices of the caller's scope.
 */
public interface VisitProgress {

	/** One row per office, in the order given. */
	List<OfficeVisits> ofOffices(Collection<String> officeCodes, YearMonth month);

	/** Households visited in the month and the sum of the monthly targets of the office's visiting staff. */
	record OfficeVisits(String officeCode, long householdsVisited, int monthlyTarget) {

		/** Percent of the target reached, 0 when there is no target. */
		public int percent() {
			return monthlyTarget == 0 ? 0 : (int) Math.min(999, householdsVisited * 100 / monthlyTarget);
		}
	}
}
