package kr.dolbom.consultation;

import java.time.YearMonth;
import java.util.List;

/**
 * For other parts of the application (e.g. the outreach visit lists): which existing recipients'
 * households are due a monitor consultation (모니터 상담, manual 1-2 ③). Each household has its own
 * cycle ("대상가구 특성에 따라 모니터 상담 주기수립 후 실시").
 */
public interface MonitorConsultations {

	/**
	 * The households of the 읍면동 whose next monitor consultation falls due in the month or earlier
	 * and has not been held yet (so an overdue household stays on the list), earliest due first.
	 * No scope check and no access log: the caller checks the office and logs what it shows.
	 */
	List<MonitorDue> householdsDue(String officeCode, YearMonth month);
}
