package kr.dolbom.deadline.internal.rules;

import java.time.LocalDate;
import java.util.Objects;

import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.WorkingDayCalendar;

/** "{@code amount} {@code unit} after {@code anchor}", e.g. 15 working days after selection. */
public record RuleTerm(int amount, PeriodUnit unit, AnchorEvent anchor) {

	public RuleTerm {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(anchor, "anchor");
	}

	public LocalDate dueDate(LocalDate anchorDate, WorkingDayCalendar calendar) {
		return new PeriodCounting(calendar).after(anchorDate, amount, unit);
	}
}
