package kr.dolbom.consultation.internal;

import java.util.EnumSet;
import java.util.Set;

import kr.dolbom.people.HouseholdFlag;

/**
 * The outreach visit target groups of manual 1-2 ③ (2) 대상: 생애전환기 (출산·양육 가구, 노인 진입 가구 — 65세
 * 및 70세 도래자), 돌봄필요 (고위험 1인 가구, 의료기관·시설 퇴원 및 퇴소 예정자), 위기가구 (빈곤·주거취약,
 * 아동학대, 한부모가족, 장애). Ages come from birth dates, the other groups from flags on the household.
 */
public enum VisitTargetGroup {
	TURNING_65(Set.of()),
	TURNING_70(Set.of()),
	/** Children born in the month before the list's month, and households flagged as child-rearing. */
	BIRTH_CHILD_REARING(EnumSet.of(HouseholdFlag.CHILD_REARING)),
	HIGH_RISK_SINGLE(EnumSet.of(HouseholdFlag.HIGH_RISK_SINGLE)),
	/** Flagged as leaving a hospital or facility with the expected date in the list's month. */
	DISCHARGE(EnumSet.of(HouseholdFlag.DISCHARGE_PLANNED)),
	CRISIS(EnumSet.of(HouseholdFlag.POVERTY, HouseholdFlag.HOUSING_VULNERABLE, HouseholdFlag.CHILD_ABUSE,
			HouseholdFlag.SINGLE_PARENT, HouseholdFlag.DISABILITY)),
	/** Existing recipients whose monitor consultation (모니터 상담) falls due in the month or is overdue. */
	MONITOR_DUE(Set.of());

	private final Set<HouseholdFlag> flags;

	VisitTargetGroup(Set<HouseholdFlag> flags) {
		this.flags = flags;
	}

	public Set<HouseholdFlag> flags() {
		return flags;
	}
}
