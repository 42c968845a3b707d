package kr.dolbom.resource;

/**
 * 대상특성 of the eligibility criteria (appendix 7 ②). Choosing DISABILITY opens the disability
 * type and grade criteria. Only DISABILITY, SINGLE_PARENT and LIVING_ALONE can be read from the
 * people records; the others must be checked by the worker.
 */
public enum TargetCharacteristic {
	/** 장애 */
	DISABILITY(true),
	/** 한부모 */
	SINGLE_PARENT(true),
	/** 홀로 사는 사람 (독거) */
	LIVING_ALONE(true),
	/** 다문화 */
	MULTICULTURAL(false),
	/** 북한이탈주민 */
	NORTH_KOREAN_DEFECTOR(false),
	/** 국가보훈대상 */
	VETERAN(false);

	private final boolean derivable;

	TargetCharacteristic(boolean derivable) {
		this.derivable = derivable;
	}

	/** Whether Dolbom can tell from a person's records that they have this characteristic. */
	public boolean derivable() {
		return derivable;
	}
}
