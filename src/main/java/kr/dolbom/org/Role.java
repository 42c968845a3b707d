package kr.dolbom.org;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles of domain.md §1. Each grant binds a role to an org unit of the levels listed here; the
 * unit decides what the holder may see.
 */
public enum Role {
	/** 사회복지 담당 — outreach team member, main case manager. */
	SOCIAL_WORKER(EnumSet.of(OrgUnitLevel.OFFICE), true),
	/** 간호사 — health assessments and visits; never the main case manager. */
	NURSE(EnumSet.of(OrgUnitLevel.OFFICE), true),
	/** 찾아가는 보건복지팀장 — assigns case managers, approves plans and closures. */
	TEAM_LEAD(EnumSet.of(OrgUnitLevel.OFFICE), true),
	/** 복지행정팀 — walk-in counselling, benefit applications. */
	WELFARE_ADMIN(EnumSet.of(OrgUnitLevel.OFFICE), true),
	/** 읍면동장 — office head. */
	OFFICE_HEAD(EnumSet.of(OrgUnitLevel.OFFICE), true),
	/** 희망복지지원단 — the district case-support group. */
	DISTRICT_SUPPORT(EnumSet.of(OrgUnitLevel.DISTRICT), true),
	/** 자원관리책임자 — the district resource manager. */
	RESOURCE_MANAGER(EnumSet.of(OrgUnitLevel.DISTRICT), true),
	/** 시도 / 시군구 감독 — read-only monitoring of their scope. */
	SUPERVISOR(EnumSet.of(OrgUnitLevel.DISTRICT, OrgUnitLevel.PROVINCE), true),
	/** 민간 사례관리자 — sees only the cases shared with them. */
	PARTNER_CASE_MANAGER(EnumSet.of(OrgUnitLevel.DISTRICT), false),
	/** 시스템 관리자 — users and reference data; no personal data by default. */
	ADMIN(EnumSet.allOf(OrgUnitLevel.class), false);

	private final Set<OrgUnitLevel> levels;
	private final boolean seesPersonalDataOfScope;

	Role(Set<OrgUnitLevel> levels, boolean seesPersonalDataOfScope) {
		this.levels = levels;
		this.seesPersonalDataOfScope = seesPersonalDataOfScope;
	}

	public boolean canBeBoundTo(OrgUnitLevel level) {
		return levels.contains(level);
	}

	/** Whether the holder sees the residents of the offices in the role's org unit. */
	public boolean seesPersonalDataOfScope() {
		return seesPersonalDataOfScope;
	}

	/** Outreach-team roles extend to every office their 권역형 team serves. */
	public boolean followsTeamOffices() {
		return this == SOCIAL_WORKER || this == NURSE || this == TEAM_LEAD;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}
}
