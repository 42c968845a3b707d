package kr.dolbom.casework;

/** Who runs the case: the 읍면동 outreach team, or the 시군구 희망복지지원단 for difficult cases. */
public enum MainAgency {
	OFFICE, DISTRICT
}
