package kr.dolbom.deadline;

/**
 * Steps that occur more than once with different periods have one rule per variant: a
 * case-management household has two follow-ups (6 and 12 months after closure), a service-link
 * household one (within 6 months after the linkage ends). Every other step has only
 * {@link #STANDARD}.
 */
public enum StepVariant {
	STANDARD,
	/** First follow-up of a case-management household. */
	FIRST,
	/** Second follow-up of a case-management household. */
	SECOND,
	/** The follow-up of a service-link household. */
	SERVICE_LINK;

	public String messageKey() {
		return "deadline.variant." + name();
	}
}
