package kr.dolbom.casework;

/** 대상자 구분 (domain.md §4.6). */
public enum Selection {
	/** 사례관리 가구: intervention expected for a month or more, or complex needs. */
	CASE_MANAGEMENT,
	/** 서비스연계 가구: simple needs, under a month or a single simple service. */
	SERVICE_LINK,
	/** 미선정 가구: not needed, or unreachable / refused; reason and written notice required. */
	NOT_SELECTED
}
