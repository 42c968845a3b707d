package kr.dolbom.deadline;

import java.util.UUID;

/**
 * What a deadline belongs to. The owning module decides what the id means; the deadline module
 * only keeps it, shows it and links to the subject's page.
 */
public enum SubjectType {
	/** A case of integrated case management (casework). */
	CASE("/cases/"),
	/** A consultation request, e.g. a referral awaiting its initial consultation (consultation). */
	CONSULTATION("/consultations/"),
	/** An external referral made at the counselling desk (consultation). */
	REFERRAL("/referrals/"),
	/** A blind-spot discovery target (discovery). */
	TARGET("/discovery/targets/"),
	/** A self-managed target (discovery). */
	SELF_MANAGED_TARGET("/discovery/self-managed/");

	private final String pathPrefix;

	SubjectType(String pathPrefix) {
		this.pathPrefix = pathPrefix;
	}

	/** The page of the subject in the web UI; the owning module serves it. */
	public String pagePath(UUID id) {
		return pathPrefix + id;
	}

	public String messageKey() {
		return "deadline.subject." + name();
	}
}
