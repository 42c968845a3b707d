package kr.dolbom.deadline;

public enum DeadlineState {
	/** Waiting to be done; overdue once its due date has passed. */
	OPEN,
	/** The step was done on {@code doneOn}. */
	DONE,
	/** No longer needed (e.g. not selected, case transferred or closed). */
	CANCELLED
}
