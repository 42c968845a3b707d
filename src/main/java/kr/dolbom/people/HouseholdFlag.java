package kr.dolbom.people;

/**
 * Outreach target groups set by staff on a household (manual 1-2 ③ 찾아가는 보건복지상담 대상): the ones
 * the people data cannot derive from birth dates.
 */
public enum HouseholdFlag {
	/** 생애전환기 — 양육 가구 (e.g. 가정양육수당 수급 가구). */
	CHILD_REARING(Group.LIFE_TRANSITION),
	/** 돌봄필요 — 고위험 1인 가구. */
	HIGH_RISK_SINGLE(Group.CARE_NEEDED),
	/** 돌봄필요 — 의료기관·시설 퇴원 및 퇴소 예정자 (with the expected date). */
	DISCHARGE_PLANNED(Group.CARE_NEEDED),
	/** 위기가구 — 빈곤. */
	POVERTY(Group.CRISIS),
	/** 위기가구 — 주거취약. */
	HOUSING_VULNERABLE(Group.CRISIS),
	/** 위기가구 — 아동학대 우려. */
	CHILD_ABUSE(Group.CRISIS),
	/** 위기가구 — 한부모가족. */
	SINGLE_PARENT(Group.CRISIS),
	/** 위기가구 — 장애 가구. */
	DISABILITY(Group.CRISIS);

	public enum Group {
		LIFE_TRANSITION, CARE_NEEDED, CRISIS
	}

	private final Group group;

	HouseholdFlag(Group group) {
		this.group = group;
	}

	public Group group() {
		return group;
	}
}
