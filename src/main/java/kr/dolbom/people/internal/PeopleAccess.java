package kr.dolbom.people.internal;

import kr.dolbom.org.Role;

/** Who may do what with residents' data (least privilege; supervisors see statistics, not people). */
final class PeopleAccess {

	static final Role[] VIEW = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.WELFARE_ADMIN, Role.OFFICE_HEAD,
			Role.DISTRICT_SUPPORT };

	static final Role[] EDIT = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.WELFARE_ADMIN,
			Role.DISTRICT_SUPPORT };

	private PeopleAccess() {
	}
}
