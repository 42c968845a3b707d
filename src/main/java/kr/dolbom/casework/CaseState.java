package kr.dolbom.casework;

/**
 * api.md: RECEIVED → ASSESSED → SELECTED or NOT_SELECTED (terminal) → PLANNED → IN_SERVICE → CLOSING
 * → CLOSED (terminal; follow-ups continue); a transferred case ends as TRANSFERRED at the old office.
 */
public enum CaseState {
	RECEIVED, ASSESSED, SELECTED, NOT_SELECTED, PLANNED, IN_SERVICE, CLOSING, CLOSED, TRANSFERRED;

	public boolean terminal() {
		return this == NOT_SELECTED || this == CLOSED || this == TRANSFERRED;
	}
}
