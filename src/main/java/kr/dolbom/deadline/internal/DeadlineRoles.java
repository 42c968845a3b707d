package kr.dolbom.deadline.internal;

import kr.dolbom.org.Role;

/** Who may do what with deadlines (domain.md §1). */
final class DeadlineRoles {

	/** Staff who work on cases, consultations and targets: they open, complete and see deadlines. */
	static final Role[] WORKERS = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.WELFARE_ADMIN,
			Role.OFFICE_HEAD, Role.DISTRICT_SUPPORT };

	/** Workers and the read-only supervisors of their scope. */
	static final Role[] READERS = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.WELFARE_ADMIN,
			Role.OFFICE_HEAD, Role.DISTRICT_SUPPORT, Role.SUPERVISOR };

	/**
	 * Local closures: the administrator anywhere, the 희망복지지원단 for its 시군구 and the 읍면동 in
	 * it. The 시도 has only the read-only supervisor role, so a 시도-wide closure is the
	 * administrator's.
	 */
	static final Role[] CLOSURE_MANAGERS = { Role.ADMIN, Role.DISTRICT_SUPPORT };

	private DeadlineRoles() {
	}
}
