package kr.dolbom.org;

/**
 * Powers beyond a role, granted to a person by the administrator and kept in the account history
 * (least privilege, 개인정보의 안전성 확보조치 기준 §5).
 */
public enum Permission {
	/** May show a resident's full registration number; every use is written to the access log. */
	RRN_REVEAL;

	public String messageKey() {
		return "permission." + name();
	}
}
