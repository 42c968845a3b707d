package kr.dolbom.casework.domain;

import java.time.LocalDate;
import java.time.Period;

import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.ValidationFailed;

/**
 * domain.md §4.6: referrals at selection — Dream Start (드림스타트) when the main client is a child of
 * 12 or younger, once only (no re-referral of the same person, ever); the elder protection agency
 * (노인보호전문기관) for abused people of 60 or older; addiction and mental-health case management.
 */
public final class ReferralRules {

	public enum Program {
		DREAM_START, ELDER_PROTECTION, MENTAL_HEALTH, ADDICTION, OTHER
	}

	private ReferralRules() {
	}

	public static void check(Program program, String reason, LocalDate birthDate, LocalDate on,
			boolean referredToDreamStartBefore) {
		var problems = new ValidationFailed.Collector()
				.rejectIf(program == null, "program", "validation.required")
				.rejectIf(reason == null || reason.isBlank(), "reason", "validation.required")
				.rejectIf(reason != null && reason.length() > 2000, "reason", "validation.too-long", 2000);
		problems.throwIfAny();
		int age = Period.between(birthDate, on).getYears();
		switch (program) {
			case DREAM_START -> {
				if (age > 12) {
					throw ValidationFailed.of("program", "validation.referral.dream-start-age");
				}
				if (referredToDreamStartBefore) {
					throw new DomainRuleViolation("dream-start-once");
				}
			}
			case ELDER_PROTECTION -> {
				if (age < 60) {
					throw ValidationFailed.of("program", "validation.referral.elder-age");
				}
			}
			default -> {
			}
		}
	}
}
