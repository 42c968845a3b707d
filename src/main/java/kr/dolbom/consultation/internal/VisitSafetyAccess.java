package kr.dolbom.consultation.internal;

import kr.dolbom.org.Role;

/** Who may do what with outreach visits, their safety records and targets (least privilege). */
final class VisitSafetyAccess {

	/** The outreach team, the office head (who visits too) and the 희망복지지원단. */
	static final Role[] VISIT = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.OFFICE_HEAD,
			Role.DISTRICT_SUPPORT };

	/** Staff who may be recorded as visitors. */
	static final Role[] VISITORS = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.OFFICE_HEAD };

	/** Incident reports: whoever visits reports; the team lead (슈퍼바이저), office head and 희망복지지원단 oversee. */
	static final Role[] INCIDENT_REPORT = VISIT;
	static final Role[] INCIDENT_OVERSIGHT = { Role.TEAM_LEAD, Role.OFFICE_HEAD, Role.DISTRICT_SUPPORT };

	/** Progress against the monthly targets: counts only, so supervisors see it too. */
	static final Role[] PROGRESS = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.OFFICE_HEAD,
			Role.DISTRICT_SUPPORT, Role.SUPERVISOR };

	/** A 시군구 sets its own monthly targets. */
	static final Role[] TARGET_SETTINGS = { Role.DISTRICT_SUPPORT };

	private VisitSafetyAccess() {
	}
}
