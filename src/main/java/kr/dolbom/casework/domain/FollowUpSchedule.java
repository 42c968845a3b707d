package kr.dolbom.casework.domain;

import java.util.List;

import kr.dolbom.casework.Selection;

/**
 * domain.md §4.10 사후확인: a case-management household gets two follow-ups, 6 and 12 months after
 * closure, plus one satisfaction survey; a service-link household one follow-up within 6 months
 * after the linkage ends, and no survey. This decides which follow-ups exist; their due dates come
 * from the deadline rules (calendar months, moved off weekends and holidays, 민법 §161).
 */
public final class FollowUpSchedule {

	public enum Kind {
		FOLLOW_UP, SATISFACTION_SURVEY
	}

	/** Which deadline rule dates the follow-up. */
	public enum Variant {
		FIRST, SECOND, SERVICE_LINK, SURVEY
	}

	public record Planned(Kind kind, Variant variant) {
	}

	private FollowUpSchedule() {
	}

	public static List<Planned> after(Selection selection) {
		return switch (selection) {
			case CASE_MANAGEMENT -> List.of(new Planned(Kind.FOLLOW_UP, Variant.FIRST),
					new Planned(Kind.FOLLOW_UP, Variant.SECOND), new Planned(Kind.SATISFACTION_SURVEY, Variant.SURVEY));
			case SERVICE_LINK -> List.of(new Planned(Kind.FOLLOW_UP, Variant.SERVICE_LINK));
			case NOT_SELECTED -> List.of();
		};
	}
}
