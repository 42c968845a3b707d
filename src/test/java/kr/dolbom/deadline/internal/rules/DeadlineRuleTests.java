package kr.dolbom.deadline.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;

/** Deadline rules of domain.md §5 as data: terms, caps and versions. */
class DeadlineRuleTests {

	private static final RuleTerm FIFTEEN_WORKING_DAYS_AFTER_SELECTION = new RuleTerm(15, PeriodUnit.WORKING_DAYS,
			AnchorEvent.SELECTION);
	private static final RuleTerm THIRTY_DAYS_AFTER_INTAKE = new RuleTerm(30, PeriodUnit.CALENDAR_DAYS, AnchorEvent.INTAKE);

	private static DeadlineRule plan(int version, LocalDate effectiveFrom) {
		return new DeadlineRule(UUID.randomUUID(), Step.PLAN, StepVariant.STANDARD, version,
				FIFTEEN_WORKING_DAYS_AFTER_SELECTION, THIRTY_DAYS_AFTER_INTAKE, effectiveFrom, "test", OffsetDateTime.now(),
				"test");
	}

	private static LocalDate day(int month, int dayOfMonth) {
		return LocalDate.of(2026, month, dayOfMonth);
	}

	@Test
	void thePlanDeadlineIsSelectionPlus15WorkingDaysWhenThatIsEarlier() {
		// domain.md §4.7: intake Tue 03-03, selection Wed 03-04 → 15 working days = Wed 03-25,
		// earlier than intake + 30 days (Thu 04-02)
		var rule = plan(1, LocalDate.of(2000, 1, 1));
		var due = rule.dueDate(Map.of(AnchorEvent.INTAKE, day(3, 3), AnchorEvent.SELECTION, day(3, 4)),
				Holidays2026.calendar());
		assertThat(due).isEqualTo(day(3, 25));
	}

	@Test
	void thePlanDeadlineIsNeverLaterThan30DaysAfterIntake() {
		// 2023 release (사회보장급여법 §9③): intake 03-03 + 30 days = Thu 04-02, although selection
		// on 03-20 + 15 working days would be 04-10
		var rule = plan(1, LocalDate.of(2000, 1, 1));
		var due = rule.dueDate(Map.of(AnchorEvent.INTAKE, day(3, 3), AnchorEvent.SELECTION, day(3, 20)),
				Holidays2026.calendar());
		assertThat(due).isEqualTo(day(4, 2));
	}

	@Test
	void aRuleNeedsTheDatesOfAllItsAnchorEvents() {
		var rule = plan(1, LocalDate.of(2000, 1, 1));
		assertThat(rule.requiredAnchors()).containsExactly(AnchorEvent.SELECTION, AnchorEvent.INTAKE);
		assertThatThrownBy(() -> rule.dueDate(Map.of(AnchorEvent.SELECTION, day(3, 4)), Holidays2026.calendar()))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theVersionInForceIsTheLatestEffectiveOnOrBeforeTheAnchorDate() {
		var v1 = plan(1, LocalDate.of(2000, 1, 1));
		var v2 = plan(2, day(12, 1));
		var v3 = plan(3, day(12, 1)); // same day: the newer version wins
		var versions = List.of(v1, v2, v3);
		assertThat(DeadlineRule.inForce(versions, day(11, 30))).contains(v1);
		assertThat(DeadlineRule.inForce(versions, day(12, 1))).contains(v3);
		assertThat(DeadlineRule.inForce(versions, LocalDate.of(1999, 12, 31))).isEmpty();
	}
}
