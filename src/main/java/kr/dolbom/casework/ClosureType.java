package kr.dolbom.casework;

/** The seven closure types of domain.md §4.9. */
public enum ClosureType {
	GOALS_ACHIEVED, IMPROVED, MOVED, DEATH, REFUSED, NO_CONTACT, AGENCY_LIMIT
}
