package kr.dolbom.casework;

/** Case type of a case-management household: 일반(단순), 집중, 위기. */
public enum CaseType {
	GENERAL, INTENSIVE, CRISIS
}
