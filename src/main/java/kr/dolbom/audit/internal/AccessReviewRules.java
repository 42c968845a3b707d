package kr.dolbom.audit.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the monthly review of the access log points the supervisor to (개인정보의 안전성 확보조치 기준
 * §8②: check the access records at least monthly; confirm the reason of every download; quality.md:
 * "unusual volumes, downloads").
 */
public final class AccessReviewRules {

	/** A user who saw this many times the median number of residents of the unit's users stands out. */
	static final int VOLUME_FACTOR = 3;

	/** ... but never below this many residents in a month (a small office's median is tiny). */
	static final int VOLUME_FLOOR = 200;

	/** Accesses between 21:00 and 07:00 (Korean time) from this many on. */
	static final int AFTER_HOURS_FROM = 5;

	public enum Flag {
		/** many more residents than colleagues */
		HIGH_VOLUME,
		/** exports and prints: each needs its stated reason checked */
		DOWNLOADS,
		/** full registration numbers shown */
		REVEALS,
		/** work outside office hours */
		AFTER_HOURS
	}

	public record Activity(String username, long entries, long persons, long downloads, long reveals, long afterHours) {
	}

	private AccessReviewRules() {
	}

	public static Set<Flag> flags(Activity activity, long medianPersons) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		if (activity.persons() > Math.max((long) VOLUME_FACTOR * medianPersons, VOLUME_FLOOR)) {
			flags.add(Flag.HIGH_VOLUME);
		}
		if (activity.downloads() > 0) {
			flags.add(Flag.DOWNLOADS);
		}
		if (activity.reveals() > 0) {
			flags.add(Flag.REVEALS);
		}
		if (activity.afterHours() >= AFTER_HOURS_FROM) {
			flags.add(Flag.AFTER_HOURS);
		}
		return flags;
	}

	/** The median number of residents seen per user (users who saw none count as 0). */
	public static long medianPersons(List<Activity> activities) {
		if (activities.isEmpty()) {
			return 0;
		}
		var sorted = new ArrayList<>(activities.stream().map(Activity::persons).sorted().toList());
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
