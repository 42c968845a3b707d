package kr.dolbom.casework.domain;

import java.time.LocalDate;

import kr.dolbom.casework.ClosureType;
import kr.dolbom.casework.Selection;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.ValidationFailed;

/**
 * domain.md §4.9 종결 — the rules of each closure type:
 * <ul>
 * <li>death closes only a single-person household; otherwise re-assess the remaining members;</li>
 * <li>moved to an address the system knows in another office ⇒ transfer the case instead;</li>
 * <li>no contact for at least 3 months;</li>
 * <li>refusal or giving up for at least 1 month;</li>
 * <li>closing on short-term goals only needs a stated reason;</li>
 * <li>a closure case meeting covers the case (it may be written if unavoidable);</li>
 * <li>a case-management household is re-assessed before closure so that change can be measured,
 * unless the client died, refused or cannot be reached.</li>
 * </ul>
 */
public final class ClosureRules {

	private ClosureRules() {
	}

	public record Facts(Selection selection, boolean singlePersonHousehold, boolean addressInAnotherOffice,
			LocalDate lastContactOn, int assessments, boolean meetingCoversCase) {
	}

	public record Request(ClosureType type, String reason, LocalDate plannedOn, boolean shortTermGoalsOnly,
			LocalDate refusedSince) {
	}

	public static void check(Request request, Facts facts, LocalDate today) {
		var problems = new ValidationFailed.Collector()
				.rejectIf(request.type() == null, "type", "validation.required")
				.rejectIf(request.plannedOn() == null, "plannedOn", "validation.required")
				.rejectIf(request.reason() != null && request.reason().length() > 2000, "reason", "validation.too-long", 2000);
		boolean reasonMissing = request.reason() == null || request.reason().isBlank();
		if (request.type() != null) {
			problems.rejectIf(reasonMissing && needsReason(request), "reason", "validation.closure.reason");
			problems.rejectIf(request.type() == ClosureType.REFUSED && request.refusedSince() == null, "refusedSince",
					"validation.required");
		}
		problems.throwIfAny();

		if (!facts.meetingCoversCase()) {
			throw new DomainRuleViolation("meeting-required");
		}
		switch (request.type()) {
			case DEATH -> {
				if (!facts.singlePersonHousehold()) {
					throw new DomainRuleViolation("death-closes-single-person-household-only");
				}
			}
			case MOVED -> {
				if (facts.addressInAnotherOffice()) {
					throw new DomainRuleViolation("moved-requires-transfer");
				}
			}
			case NO_CONTACT -> {
				if (facts.lastContactOn() != null && facts.lastContactOn().plusMonths(3).isAfter(request.plannedOn())) {
					throw new DomainRuleViolation("no-contact-under-three-months");
				}
			}
			case REFUSED -> {
				if (request.refusedSince().plusMonths(1).isAfter(request.plannedOn())) {
					throw new DomainRuleViolation("refusal-under-one-month");
				}
			}
			default -> {
			}
		}
		if (facts.selection() == Selection.CASE_MANAGEMENT && needsReassessment(request.type())
				&& facts.assessments() < 2) {
			throw new DomainRuleViolation("reassessment-required");
		}
	}

	static boolean needsReason(Request request) {
		return switch (request.type()) {
			case GOALS_ACHIEVED -> request.shortTermGoalsOnly();
			case IMPROVED -> false;
			default -> true;
		};
	}

	static boolean needsReassessment(ClosureType type) {
		return type == ClosureType.GOALS_ACHIEVED || type == ClosureType.IMPROVED || type == ClosureType.AGENCY_LIMIT;
	}
}
