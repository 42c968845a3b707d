package kr.dolbom.resource;

/**
 * Status of a provider (appendix 7 (3)): 승인대기 → 승인 or 반려; 승인 → 자원종료. Only approved
 * providers are usable. The transitions are guarded in {@code internal.ProviderLifecycle}.
 */
public enum ProviderStatus {
	/** 승인대기 */
	PENDING,
	/** 승인 */
	APPROVED,
	/** 반려 */
	REJECTED,
	/** 자원종료 */
	ENDED;

	/** 유효구분 "가용 제공주체" of appendix 7 (2): waiting for approval or approved. */
	public boolean available() {
		return this == PENDING || this == APPROVED;
	}
}
