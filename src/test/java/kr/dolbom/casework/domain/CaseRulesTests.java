package kr.dolbom.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.dolbom.casework.Selection;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.ValidationFailed;

/** Rules of domain.md §4.4, §4.6, §4.7 and §4.10, each citing its source. */
class CaseRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void caseManagementHouseholdsGetTwoFollowUpsAndASurveyServiceLinkHouseholdsOne() {
		// domain.md §4.10 사후확인
		assertThat(FollowUpSchedule.after(Selection.CASE_MANAGEMENT)).extracting(FollowUpSchedule.Planned::variant)
				.containsExactly(FollowUpSchedule.Variant.FIRST, FollowUpSchedule.Variant.SECOND,
						FollowUpSchedule.Variant.SURVEY);
		assertThat(FollowUpSchedule.after(Selection.SERVICE_LINK)).extracting(FollowUpSchedule.Planned::kind)
				.containsExactly(FollowUpSchedule.Kind.FOLLOW_UP);
		assertThat(FollowUpSchedule.after(Selection.NOT_SELECTED)).isEmpty();
	}

	@Test
	void dreamStartTakesChildrenOfTwelveOrYoungerOnceOnly() {
		// domain.md §4.6: Dream Start when the main client is a child ≤ 12 — once only
		assertThatNoException().isThrownBy(() -> ReferralRules.check(ReferralRules.Program.DREAM_START, "방임 우려",
				TODAY.minusYears(12).plusDays(1), TODAY, false));
		assertThatThrownBy(() -> ReferralRules.check(ReferralRules.Program.DREAM_START, "방임 우려",
				TODAY.minusYears(13), TODAY, false)).isInstanceOf(ValidationFailed.class);
		assertThatThrownBy(() -> ReferralRules.check(ReferralRules.Program.DREAM_START, "다시", TODAY.minusYears(5), TODAY,
				true)).isInstanceOf(DomainRuleViolation.class).hasMessage("dream-start-once");
	}

	@Test
	void theElderProtectionAgencyTakesPeopleOfSixtyOrOlder() {
		// domain.md §4.6: elder protection agency for abused people ≥ 60
		assertThatNoException().isThrownBy(() -> ReferralRules.check(ReferralRules.Program.ELDER_PROTECTION, "학대 의심",
				TODAY.minusYears(60), TODAY, false));
		assertThatThrownBy(() -> ReferralRules.check(ReferralRules.Program.ELDER_PROTECTION, "학대 의심",
				TODAY.minusYears(59), TODAY, false)).isInstanceOf(ValidationFailed.class);
	}

	@Test
	void aDomainScoresItsMostSevereMember() {
		// domain.md §4.4: score the most severe household member per domain
		var mother = UUID.randomUUID();
		var son = UUID.randomUUID();
		var assessment = new Assessment(UUID.randomUUID(), TODAY, List.of(
				new Assessment.Item("PHYSICAL_HEALTH", mother, "당뇨", 3, null, null, null),
				new Assessment.Item("PHYSICAL_HEALTH", son, "지체장애", 4, null, null, null),
				new Assessment.Item("ECONOMY", null, "소득 없음", 5, null, null, null)));
		assertThat(assessment.domainScores()).containsEntry("PHYSICAL_HEALTH", 4).containsEntry("ECONOMY", 5);
		assertThat(assessment.highestScore()).isEqualTo(5);
	}

	@Test
	void differingViewsOfClientAndManagerNeedAnAgreedPriority() {
		// domain.md §4.4: a disagreement needs an agreed priority
		assertThat(new Assessment.Item("HOUSING", null, "이사", 3, "집이 급함", "일자리가 먼저", null).disagreement()).isTrue();
		assertThat(new Assessment.Item("HOUSING", null, "이사", 3, "집이  급함", "집이 급함", null).disagreement()).isFalse();
		assertThat(new Assessment.Item("HOUSING", null, "이사", 3, "집이 급함", null, null).disagreement()).isFalse();
	}

	@Test
	void safetyTogetherWithMentalHealthOrLackingLocalResourcesSuggestsADifficultCase() {
		// domain.md §4.4 고난도 사례
		var both = new Assessment(UUID.randomUUID(), TODAY, List.of(
				new Assessment.Item("SAFETY", null, "가정폭력", 4, null, null, null),
				new Assessment.Item("MENTAL_HEALTH", null, "우울", 3, null, null, null)));
		var safetyOnly = new Assessment(UUID.randomUUID(), TODAY, List.of(
				new Assessment.Item("SAFETY", null, "가정폭력", 4, null, null, null),
				new Assessment.Item("MENTAL_HEALTH", null, "없음", 1, null, null, null)));
		assertThat(DifficultCase.suggested(both, false)).isTrue();
		assertThat(DifficultCase.suggested(safetyOnly, false)).isFalse();
		assertThat(DifficultCase.suggested(safetyOnly, true)).isTrue();
	}

	@Test
	void aPlanIsApprovedOnlyWhenSubmittedAndAChangeNeedsANewConsent() {
		// domain.md §4.7: approval by the team lead; any change of the plan requires consent again
		var plan = new ServicePlan(UUID.randomUUID(), UUID.randomUUID(), false, ServicePlan.Status.DRAFT, List.of(),
				List.of(), null, null, null, null, 0);
		assertThatThrownBy(plan::approve).hasMessage("plan-not-submitted");
		assertThatThrownBy(() -> plan.consent(TODAY, TODAY)).hasMessage("plan-not-approved");
		plan.submit();
		plan.reject("목표가 구체적이지 않음");
		plan.revise(List.of(), List.of());
		assertThat(plan.status()).isEqualTo(ServicePlan.Status.DRAFT);
		plan.submit();
		plan.approve();
		plan.consent(TODAY, TODAY);
		assertThat(plan.active()).isTrue();
		assertThatThrownBy(() -> plan.revise(List.of(), List.of())).hasMessage("plan-not-editable");
		assertThatThrownBy(() -> plan.consent(TODAY, TODAY)).hasMessage("plan-already-consented");
	}
}
