package kr.dolbom.org;

public enum TeamKind {
	/** 찾아가는 보건복지팀 */
	OUTREACH,
	/** 복지행정팀 */
	WELFARE_ADMIN,
	/** 희망복지지원단 (시군구) */
	DISTRICT_SUPPORT
}
