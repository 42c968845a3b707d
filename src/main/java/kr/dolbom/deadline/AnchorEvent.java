package kr.dolbom.deadline;

/**
 * The event a deadline is counted from. The module that opens a deadline passes the date of each
 * event the step's rule needs (e.g. {@link Step#PLAN} needs {@link #SELECTION} and {@link #INTAKE}).
 */
public enum AnchorEvent {
	/** A referral to the outreach team (or the desk's external referral). */
	REFERRAL,
	/** The request for case management ({@code requestedOn}). */
	REQUEST,
	/** The application for social security benefits (사회보장급여 신청). */
	APPLICATION,
	/** Intake: the case was created. */
	INTAKE,
	/** The needs and crisis assessment was registered. */
	ASSESSMENT,
	/** The household was selected (or not) at a case meeting. */
	SELECTION,
	/** The first service started. */
	SERVICE_START,
	/** A service link ended. */
	LINKAGE_END,
	/** The planned closure date; the only event that may lie in the future. */
	PLANNED_CLOSURE,
	/** The case was closed. */
	CLOSURE,
	/** The last contact with the client. */
	LAST_CONTACT,
	/** A discovery target was distributed to the office. */
	DISTRIBUTION,
	/** The last consultation of a self-managed target. */
	LAST_CONSULTATION;

	/** Whether the event may be dated after today (a planned closure); all others have happened. */
	public boolean mayBeInFuture() {
		return this == PLANNED_CLOSURE;
	}

	public String messageKey() {
		return "deadline.anchor." + name();
	}
}
