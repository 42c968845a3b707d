package kr.dolbom.audit;

public enum AccessAction {
	VIEW, SEARCH, CREATE, UPDATE, DELETE, EXPORT, PRINT,
	/** The full resident registration number was shown. */
	REVEAL
}
