package kr.dolbom.discovery;

/**
 * Alerts (알림정보) of appendix 1 on non-targets and self-managed targets. An alert is about a subject
 * (a non-target, a target or a self-managed target) and shown to the subject's office.
 */
public enum AlertKind {
	/** 발굴변수변동 */
	INDICATOR_CHANGED,
	/** 사망의심자 */
	SUSPECTED_DEATH,
	/** 시설입퇴소 */
	FACILITY_IN_OUT,
	/** 지원내역 (공적수급, 민간지원) */
	SUPPORT_RECEIVED,
	/** 발굴대상자선정 */
	SELECTED_IN_ROUND,
	/** 미상담 (3개월 이상) */
	NO_CONSULTATION,
	/** 전입 */
	MOVED_IN
}
