package kr.dolbom.consultation.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a desk consultation covered (domain.md §3.1, manual 1-2 ①: "복지상담(사회복지급여 및 서비스 신청
 * 등)" and "비복지 상담 (고용, 주거, 교육 등)"; "공공서비스(복지·보건·주거·고용·금융 등) 관련 종합상담").
 */
public enum DeskTopic {
	// welfare
	BENEFITS(true), CARE_SERVICES(true), BASIC_LIVELIHOOD(true), NEAR_POOR(true), EMERGENCY_SUPPORT(true), VOUCHER(true),
	// non-welfare
	EMPLOYMENT(false), HOUSING(false), FINANCE(false), EDUCATION(false), CULTURE(false), HEALTH(false);

	private final boolean welfare;

	DeskTopic(boolean welfare) {
		this.welfare = welfare;
	}

	public boolean welfare() {
		return welfare;
	}

	public static Set<DeskTopic> welfareTopics() {
		var set = EnumSet.noneOf(DeskTopic.class);
		for (var t : values()) {
			if (t.welfare) {
				set.add(t);
			}
		}
		return set;
	}

	public static Set<DeskTopic> otherTopics() {
		var set = EnumSet.allOf(DeskTopic.class);
		set.removeAll(welfareTopics());
		return set;
	}
}
