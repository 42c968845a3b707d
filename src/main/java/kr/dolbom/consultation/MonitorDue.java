package kr.dolbom.consultation;

import java.time.LocalDate;

import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.PersonId;

/**
 * A household's monitor-consultation cycle: every {@code cycleMonths} months, the next one due on
 * {@code nextDueOn}; {@code personId} is the member the consultation is held with;
 * {@code lastConsultedOn} is null before the first one.
 */
public record MonitorDue(HouseholdId householdId, PersonId personId, String officeCode, int cycleMonths,
		LocalDate lastConsultedOn, LocalDate nextDueOn) {

	public boolean overdueOn(LocalDate day) {
		return nextDueOn.isBefore(day);
	}
}
