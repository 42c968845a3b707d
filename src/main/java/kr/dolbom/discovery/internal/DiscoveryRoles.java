package kr.dolbom.discovery.internal;

import kr.dolbom.org.Role;

/** Who does what in discovery. */
final class DiscoveryRoles {

	/**
	 * Runs rounds (create, upload, score, distribute): the central operator. The administrator sees
	 * the round's files and counts, never a resident's name.
	 */
	static final Role[] OPERATORS = { Role.ADMIN };

	/** Sees rounds and their counts. */
	static final Role[] ROUND_READERS = { Role.ADMIN, Role.DISTRICT_SUPPORT, Role.SUPERVISOR, Role.TEAM_LEAD,
			Role.SOCIAL_WORKER, Role.WELFARE_ADMIN, Role.OFFICE_HEAD, Role.NURSE };

	/** Adds a 시군구's own picks from the scored pool (희망복지지원단). */
	static final Role[] LOCAL_PICKERS = { Role.DISTRICT_SUPPORT };

	/** Sees targets and non-targets of their offices. */
	static final Role[] TARGET_READERS = { Role.SOCIAL_WORKER, Role.TEAM_LEAD, Role.WELFARE_ADMIN, Role.NURSE,
			Role.OFFICE_HEAD, Role.DISTRICT_SUPPORT, Role.SUPERVISOR };

	/** Registers results, releases non-targets: the 읍면동 welfare staff. */
	static final Role[] PROCESSORS = { Role.SOCIAL_WORKER, Role.TEAM_LEAD, Role.WELFARE_ADMIN };

	private DiscoveryRoles() {
	}
}
