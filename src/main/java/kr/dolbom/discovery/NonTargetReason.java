package kr.dolbom.discovery;

/**
 * Reason codes of a non-target (비대상자 등록 사유). INFORMATION_MISMATCH (정보불일치) is set by the
 * system when someone else in need was found at the address (추가발굴); DECEASED and DEREGISTERED
 * release the non-target automatically (appendix 1: "사망 또는 말소된 대상자의 경우는 자동 해제됨").
 */
public enum NonTargetReason {
	/** 지원 필요 없음 (생활 안정) */
	NO_NEED,
	/** 기존 수급·지원 중 */
	ALREADY_SUPPORTED,
	/** 지원 거부 */
	REFUSED,
	/** 연락 두절·소재 불명 */
	UNREACHABLE,
	/** 정보불일치 */
	INFORMATION_MISMATCH,
	/** 사망 */
	DECEASED,
	/** 주민등록 말소 */
	DEREGISTERED,
	/** 기타 */
	OTHER;

	public boolean releasesAutomatically() {
		return this == DECEASED || this == DEREGISTERED;
	}
}
