package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.MainAgency;
import kr.dolbom.casework.domain.CaseFile;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.Role;
import kr.dolbom.shared.NotFoundException;

/**
 * Who may see and do what with a case. Visible: the case's 읍면동 is in the caller's scope and
 * they work with cases there, or they are one of its co-case managers (partners included) —
 * otherwise 404. Acting as case manager: the main case manager or the team lead; deciding
 * (selection, plan approval, closure approval): the team lead of the office, or the 희망복지지원단
 * when it runs the case — otherwise 403.
 */
@Component
class CaseGuard {

	static final Role[] VIEW = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.OFFICE_HEAD,
			Role.WELFARE_ADMIN, Role.DISTRICT_SUPPORT };

	private final CaseRepository cases;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final Clock clock;

	CaseGuard(CaseRepository cases, CurrentUser currentUser, AccessLog accessLog, Clock clock) {
		this.cases = cases;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	DolbomUser user() {
		return currentUser.get();
	}

	/** The case, if the caller may see it; logs nothing. */
	CaseFile visible(CaseId id) {
		var found = cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
		var user = user();
		if (cases.isCoManager(id, user.id().value())) {
			return found;
		}
		if (!user.scope().coversOffice(found.officeCode())) {
			throw new NotFoundException("case", id);
		}
		if (!user.hasAnyRole(VIEW)) {
			throw new AccessDeniedException("no case role");
		}
		return found;
	}

	boolean isLead(DolbomUser user, CaseFile c) {
		if (!user.scope().coversOffice(c.officeCode())) {
			return false;
		}
		return c.mainAgency() == MainAgency.DISTRICT ? user.hasRole(Role.DISTRICT_SUPPORT) : user.hasRole(Role.TEAM_LEAD);
	}

	boolean isManager(DolbomUser user, CaseFile c) {
		return user.id().value().equals(c.assignee()) || isLead(user, c);
	}

	/** The main case manager's steps: intake, assessment, plan drafting, closure, follow-up. */
	CaseFile asManager(CaseId id) {
		var c = visible(id);
		if (!isManager(user(), c)) {
			throw new AccessDeniedException("not the case manager");
		}
		return c;
	}

	/** The team lead's decisions (or the 희망복지지원단's, when it runs the case). */
	CaseFile asLead(CaseId id) {
		var c = visible(id);
		if (!isLead(user(), c)) {
			throw new AccessDeniedException("not the team lead of the case");
		}
		return c;
	}

	/** Shared work of joint case management: checks may come from co-case managers too. */
	CaseFile asManagerOrCoManager(CaseId id) {
		var c = visible(id);
		var user = user();
		if (!isManager(user, c) && !cases.isCoManager(id, user.id().value())) {
			throw new AccessDeniedException("not a case manager of the case");
		}
		return c;
	}

	void logView(CaseFile c, String purpose) {
		accessLog.record(AccessSubject.of("CASE", c.id(), c.officeCode()), AccessAction.VIEW, purpose);
	}

	void logChange(CaseFile c, String purpose) {
		accessLog.record(AccessSubject.of("CASE", c.id(), c.officeCode()), AccessAction.UPDATE, purpose);
	}

	void history(CaseFile c, String action, String detail) {
		var user = currentUser.find();
		cases.history(c.id(), user.map(u -> u.id().value()).orElse(null), user.map(DolbomUser::username).orElse("system"),
				action, detail, OffsetDateTime.now(clock));
	}
}
