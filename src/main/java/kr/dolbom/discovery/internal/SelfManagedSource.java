package kr.dolbom.discovery.internal;

/** How a self-managed target was registered (seeds appendix 1 6 ❸ 방법1–3). */
public enum SelfManagedSource {
	/** 방법1: one by one, by name and registration number. */
	SINGLE,
	/** 방법2: from a round's list of targets who received no support. */
	ROUND,
	/** 방법3: an Excel file of the office's own list. */
	UPLOAD;

	public String messageKey() {
		return "selfmanaged.source." + name();
	}
}
