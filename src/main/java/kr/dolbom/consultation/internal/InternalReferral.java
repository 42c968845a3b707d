package kr.dolbom.consultation.internal;

/**
 * Where the desk hands a resident on inside the office (manual 1-2 ① 종합상담 업무절차도: "복지서비스 의뢰 -
 * 공적급여 (복지행정팀) - 사례관리 (찾아가는 보건복지팀)"; domain.md §3.1: case management or visit →
 * outreach team).
 */
public enum InternalReferral {
	/** 공적급여 신청 → 복지행정팀 */
	BENEFIT_APPLICATION(Team.WELFARE_ADMIN),
	/** 방문상담 → 찾아가는 보건복지팀 */
	OUTREACH_VISIT(Team.OUTREACH),
	/** 통합사례관리 → 찾아가는 보건복지팀 */
	CASE_MANAGEMENT(Team.OUTREACH);

	public enum Team {
		WELFARE_ADMIN, OUTREACH
	}

	private final Team team;

	InternalReferral(Team team) {
		this.team = team;
	}

	public Team team() {
		return team;
	}
}
