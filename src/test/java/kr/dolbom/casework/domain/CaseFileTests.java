package kr.dolbom.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseType;
import kr.dolbom.casework.MainAgency;
import kr.dolbom.casework.Selection;
import kr.dolbom.shared.DomainRuleViolation;

/** api.md states and manual 1-2 ④ steps: illegal transitions are refused with the rule's code (409). */
class CaseFileTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static CaseFile received() {
		return CaseFile.intake(new CaseId(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"4415057000", "4415000000", TODAY.minusDays(2), TODAY);
	}

	private static CaseFile selected(Selection selection) {
		var c = received();
		c.assessed();
		c.select(selection, selection == Selection.CASE_MANAGEMENT ? CaseType.GENERAL : null, "이유", true, TODAY);
		return c;
	}

	private static void assertRule(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOf(DomainRuleViolation.class)
				.satisfies(e -> assertThat(((DomainRuleViolation) e).code()).isEqualTo(code));
	}

	@Test
	void intakeCannotPrecedeTheRequest() {
		assertRule(() -> CaseFile.intake(new CaseId(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), "4415057000", "4415000000", TODAY.plusDays(1), TODAY), "requested-after-intake");
	}

	@Test
	void theFirstAssessmentMovesReceivedToAssessed() {
		var c = received();
		c.assessed();
		assertThat(c.state()).isEqualTo(CaseState.ASSESSED);
		c.assessed(); // a re-assessment keeps the state
		assertThat(c.state()).isEqualTo(CaseState.ASSESSED);
	}

	@Test
	void selectionNeedsTheAssessmentAndACaseMeetingThatCoversTheCase() {
		// manual 1-2 ④ 사례회의: mandatory for selection
		assertRule(() -> received().select(Selection.CASE_MANAGEMENT, CaseType.GENERAL, null, true, TODAY),
				"assessment-required");
		var assessed = received();
		assessed.assessed();
		assertRule(() -> assessed.select(Selection.CASE_MANAGEMENT, CaseType.GENERAL, null, false, TODAY),
				"meeting-required");
		assessed.select(Selection.CASE_MANAGEMENT, CaseType.INTENSIVE, null, true, TODAY);
		assertThat(assessed.state()).isEqualTo(CaseState.SELECTED);
		assertThat(assessed.caseType()).isEqualTo(CaseType.INTENSIVE);
		assertRule(() -> assessed.select(Selection.SERVICE_LINK, null, null, true, TODAY), "already-selected");
	}

	@Test
	void aNotSelectedHouseholdIsTerminal() {
		var c = selected(Selection.NOT_SELECTED);
		assertThat(c.state()).isEqualTo(CaseState.NOT_SELECTED);
		assertRule(c::requirePlanAllowed, "plan-not-allowed-in-not-selected");
		assertRule(() -> c.assign(UUID.randomUUID()), "case-not-selected");
	}

	@Test
	void anApprovedConsentedPlanMovesSelectedToPlannedAndTheFirstCheckToInService() {
		var c = selected(Selection.CASE_MANAGEMENT);
		assertRule(c::checked, "check-requires-plan");
		c.planActivated(UUID.randomUUID(), TODAY);
		assertThat(c.state()).isEqualTo(CaseState.PLANNED);
		c.checked();
		assertThat(c.state()).isEqualTo(CaseState.IN_SERVICE);
	}

	@Test
	void closureWaitsForTheTeamLeadAndARejectionGoesBack() {
		var c = selected(Selection.SERVICE_LINK);
		c.planActivated(UUID.randomUUID(), TODAY);
		c.checked();
		c.requestClosure();
		assertThat(c.state()).isEqualTo(CaseState.CLOSING);
		assertRule(c::requestClosure, "closure-already-requested");
		assertRule(c::requirePlanAllowed, "plan-not-allowed-in-closing");
		c.rejectClosure();
		assertThat(c.state()).isEqualTo(CaseState.IN_SERVICE);
		c.requestClosure();
		c.approveClosure(TODAY);
		assertThat(c.state()).isEqualTo(CaseState.CLOSED);
		assertRule(() -> c.approveClosure(TODAY), "closure-not-requested");
	}

	@Test
	void aReceivedCaseCannotBeClosed() {
		assertRule(received()::requestClosure, "closure-not-allowed");
	}

	@Test
	void escalationHandsTheCaseToTheDistrictOnce() {
		// domain.md §4.4: the 희망복지지원단 can become the main case agency
		var c = received();
		c.assign(UUID.randomUUID());
		c.escalateToDistrict();
		assertThat(c.mainAgency()).isEqualTo(MainAgency.DISTRICT);
		assertThat(c.assignee()).isNull();
		assertRule(c::escalateToDistrict, "already-district");
	}

	@Test
	void aTransferLeavesAReadOnlyRecordAndTheSuccessorContinues() {
		var c = selected(Selection.CASE_MANAGEMENT);
		var successor = c.successorAt(new CaseId(UUID.randomUUID()), "4476025000", "4476000000");
		c.transferredTo(successor.id().value());
		assertThat(c.state()).isEqualTo(CaseState.TRANSFERRED);
		assertThat(successor.state()).isEqualTo(CaseState.SELECTED);
		assertThat(successor.transferredFrom()).isEqualTo(c.id().value());
		assertThat(successor.assignee()).isNull();
		assertRule(c::requirePlanAllowed, "plan-not-allowed-in-transferred");
	}
}
