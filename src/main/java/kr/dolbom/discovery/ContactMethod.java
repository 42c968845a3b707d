package kr.dolbom.discovery;

/**
 * How the worker confirmed the target before registering a result. Appendix 1: "반드시 전화상담
 * 또는 현장방문을 통하여" — a mailed notice alone never counts, so there is no MAIL.
 */
public enum ContactMethod {
	PHONE, VISIT
}
