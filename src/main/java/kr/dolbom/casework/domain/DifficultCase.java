package kr.dolbom.casework.domain;

/**
 * domain.md §4.4 고난도 사례: a case whose main problems include both 안전 (abuse, violence, neglect)
 * and 정신적 건강, or that needs more than local resources, is suggested for referral to the 시군구
 * 희망복지지원단, which can become the main case agency. A domain counts as a main problem from
 * "moderate" (3) on the default scale.
 */
public final class DifficultCase {

	static final int MAIN_PROBLEM_FROM = 3;

	private DifficultCase() {
	}

	public static boolean suggested(Assessment latest, boolean lacksLocalResources) {
		if (lacksLocalResources) {
			return true;
		}
		if (latest == null) {
			return false;
		}
		return latest.score("SAFETY").orElse(0) >= MAIN_PROBLEM_FROM
				&& latest.score("MENTAL_HEALTH").orElse(0) >= MAIN_PROBLEM_FROM;
	}
}
