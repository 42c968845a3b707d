package kr.dolbom.org;

/** Levels of the administrative hierarchy. A 일반구 (e.g. 수원시 장안구) is a DISTRICT under its city. */
public enum OrgUnitLevel {
	/** 시도 */
	PROVINCE,
	/** 시군구 */
	DISTRICT,
	/** 읍면동 */
	OFFICE
}
