package kr.dolbom.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kr.dolbom.casework.ClosureType;
import kr.dolbom.casework.Selection;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.ValidationFailed;

/** domain.md §4.9 종결: the rules of each closure type. */
class ClosureRulesTests {

	private static final LocalDate PLANNED = LocalDate.of(2026, 11, 25);

	private static ClosureRules.Facts facts() {
		return new ClosureRules.Facts(Selection.CASE_MANAGEMENT, true, false, PLANNED.minusDays(10), 2, true);
	}

	private static ClosureRules.Request request(ClosureType type, String reason) {
		return new ClosureRules.Request(type, reason, PLANNED, false, null);
	}

	private static String rule(Runnable check) {
		try {
			check.run();
			return null;
		}
		catch (DomainRuleViolation e) {
			return e.code();
		}
	}

	@Test
	void deathClosesOnlyASinglePersonHousehold() {
		var family = new ClosureRules.Facts(Selection.CASE_MANAGEMENT, false, false, PLANNED, 1, true);
		assertThat(rule(() -> ClosureRules.check(request(ClosureType.DEATH, "사망"), family, PLANNED)))
				.isEqualTo("death-closes-single-person-household-only");
		assertThat(rule(() -> ClosureRules.check(request(ClosureType.DEATH, "사망"), facts(), PLANNED))).isNull();
	}

	@Test
	void aMoveToAKnownAddressIsATransferNotAClosure() {
		var movedAway = new ClosureRules.Facts(Selection.CASE_MANAGEMENT, true, true, PLANNED, 2, true);
		assertThat(rule(() -> ClosureRules.check(request(ClosureType.MOVED, "전출"), movedAway, PLANNED)))
				.isEqualTo("moved-requires-transfer");
		assertThat(rule(() -> ClosureRules.check(request(ClosureType.MOVED, "해외 이주, 주소 불명"), facts(), PLANNED)))
				.isNull();
	}

	@Test
	void noContactNeedsThreeMonthsWithoutContact() {
		var recent = new ClosureRules.Facts(Selection.CASE_MANAGEMENT, true, false, PLANNED.minusMonths(2), 1, true);
		assertThat(rule(() -> ClosureRules.check(request(ClosureType.NO_CONTACT, "연락 두절"), recent, PLANNED)))
				.isEqualTo("no-contact-under-three-months");
		var long_ = new ClosureRules.Facts(Selection.CASE_MANAGEMENT, true, false, PLANNED.minusMonths(3), 1, true);
		assertThat(rule(() -> ClosureRules.check(request(ClosureType.NO_CONTACT, "연락 두절"), long_, PLANNED))).isNull();
	}

	@Test
	void refusalNeedsToHaveLastedAMonth() {
		assertThat(rule(() -> ClosureRules.check(new ClosureRules.Request(ClosureType.REFUSED, "거부", PLANNED, false,
				PLANNED.minusWeeks(2)), facts(), PLANNED))).isEqualTo("refusal-under-one-month");
		assertThat(rule(() -> ClosureRules.check(new ClosureRules.Request(ClosureType.REFUSED, "거부", PLANNED, false,
				PLANNED.minusMonths(1)), facts(), PLANNED))).isNull();
		assertThatThrownBy(() -> ClosureRules.check(request(ClosureType.REFUSED, "거부"), facts(), PLANNED))
				.isInstanceOf(ValidationFailed.class);
	}

	@Test
	void closingOnShortTermGoalsOnlyNeedsAStatedReason() {
		assertThatThrownBy(() -> ClosureRules.check(new ClosureRules.Request(ClosureType.GOALS_ACHIEVED, null, PLANNED,
				true, null), facts(), PLANNED)).isInstanceOf(ValidationFailed.class);
		assertThatNoException().isThrownBy(() -> ClosureRules.check(new ClosureRules.Request(ClosureType.GOALS_ACHIEVED,
				null, PLANNED, false, null), facts(), PLANNED));
	}

	@Test
	void aClosureCaseMeetingIsMandatory() {
		var noMeeting = new ClosureRules.Facts(Selection.CASE_MANAGEMENT, true, false, PLANNED, 2, false);
		assertThat(rule(() -> ClosureRules.check(request(ClosureType.IMPROVED, null), noMeeting, PLANNED)))
				.isEqualTo("meeting-required");
	}

	@Test
	void aCaseManagementHouseholdIsReassessedBeforeClosureUnlessItCannotBe() {
		// domain.md §4.9: crisis re-assessment (before/after comparison) before closure
		var once = new ClosureRules.Facts(Selection.CASE_MANAGEMENT, true, false, PLANNED, 1, true);
		assertThat(rule(() -> ClosureRules.check(request(ClosureType.IMPROVED, null), once, PLANNED)))
				.isEqualTo("reassessment-required");
		assertThat(rule(() -> ClosureRules.check(request(ClosureType.DEATH, "사망"), once, PLANNED))).isNull();
		var serviceLink = new ClosureRules.Facts(Selection.SERVICE_LINK, true, false, PLANNED, 1, true);
		assertThat(rule(() -> ClosureRules.check(request(ClosureType.IMPROVED, null), serviceLink, PLANNED))).isNull();
	}
}
