package kr.dolbom.people;

/** The household's income class as far as it is known (used for service eligibility). */
public enum IncomeClass {
	/** 기초생활수급 */
	BASIC_LIVELIHOOD,
	/** 차상위 */
	NEAR_POVERTY,
	/** 중위소득 이하 (e.g. 긴급지원, 바우처 기준) */
	LOW_INCOME,
	GENERAL,
	UNKNOWN
}
