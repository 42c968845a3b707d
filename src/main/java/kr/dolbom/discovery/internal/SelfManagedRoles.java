package kr.dolbom.discovery.internal;

import kr.dolbom.org.Role;

/** Who may see and who may manage self-managed targets (domain.md §1, §6). */
public final class SelfManagedRoles {

	/** The 읍면동 staff who watch residents: register, change, release. */
	public static final Role[] MANAGE = { Role.SOCIAL_WORKER, Role.TEAM_LEAD, Role.WELFARE_ADMIN };

	/** Those who manage, the nurse and office head, the 희망복지지원단 and the supervisors of their scope. */
	public static final Role[] VIEW = { Role.SOCIAL_WORKER, Role.TEAM_LEAD, Role.WELFARE_ADMIN, Role.NURSE,
			Role.OFFICE_HEAD, Role.DISTRICT_SUPPORT, Role.SUPERVISOR };

	/** Who may be the worker in charge (담당자) of a target of their office. */
	public static final Role[] ASSIGNABLE = { Role.SOCIAL_WORKER, Role.TEAM_LEAD, Role.WELFARE_ADMIN, Role.NURSE };

	private SelfManagedRoles() {
	}
}
