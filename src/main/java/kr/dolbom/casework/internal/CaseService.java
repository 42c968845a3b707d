package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseType;
import kr.dolbom.casework.MainAgency;
import kr.dolbom.casework.Selection;
import kr.dolbom.casework.domain.CaseFile;
import kr.dolbom.consultation.ConsultationId;
import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.Consultations;
import kr.dolbom.org.Access;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.org.UserId;
import kr.dolbom.org.Users;
import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.Consents;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.StaleVersionException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Opening a case and the decisions about who runs it: intake, the main case manager, escalation to
 * the 희망복지지원단, selection at a case meeting, joint case management and transfer.
 */
@Service
public class CaseService {

	static final Role[] INTAKE = { Role.SOCIAL_WORKER, Role.TEAM_LEAD, Role.WELFARE_ADMIN, Role.DISTRICT_SUPPORT };

	private final CaseRepository cases;
	private final MeetingRepository meetings;
	private final CaseGuard guard;
	private final CaseDeadlines deadlines;
	private final Persons persons;
	private final Consents consents;
	private final Consultations consultations;
	private final Users users;
	private final OrgUnits units;
	private final Access access;
	private final AccessLog accessLog;
	private final Clock clock;

	CaseService(CaseRepository cases, MeetingRepository meetings, CaseGuard guard, CaseDeadlines deadlines,
			Persons persons, Consents consents, Consultations consultations, Users users, OrgUnits units, Access access,
			AccessLog accessLog, Clock clock) {
		this.cases = cases;
		this.meetings = meetings;
		this.guard = guard;
		this.deadlines = deadlines;
		this.persons = persons;
		this.consents = consents;
		this.consultations = consultations;
		this.users = users;
		this.units = units;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * manual 1-2 ④ 접수: when case management is requested, from an initial consultation, with the
	 * signed consent to collect and use the person's data (domain.md §2) — 409 consent-missing
	 * without it.
	 */
	@Transactional
	public CaseFile intake(PersonId personId, ConsultationId consultationId, LocalDate requestedOn) {
		var problems = new ValidationFailed.Collector()
				.rejectIf(personId == null, "personId", "validation.required")
				.rejectIf(consultationId == null, "consultationId", "validation.required")
				.rejectIf(requestedOn == null, "requestedOn", "validation.required")
				.rejectIf(requestedOn != null && requestedOn.isAfter(today()), "requestedOn", "validation.date.future");
		problems.throwIfAny();
		var person = persons.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
		access.requireOfficeAndRole(person.officeCode(), "person", personId, INTAKE);
		var consultation = consultations.find(consultationId).filter(c -> c.personId().equals(personId))
				.orElseThrow(() -> ValidationFailed.of("consultationId", "validation.case.consultation"));
		if (consultation.kind() != ConsultationKind.INITIAL) {
			throw ValidationFailed.of("consultationId", "validation.case.initial-consultation");
		}
		if (!consents.hasValidConsent(personId, ConsentScope.CASE_MANAGEMENT, today())) {
			throw new DomainRuleViolation("consent-missing");
		}
		if (cases.ofPerson(personId.value()).stream().anyMatch(c -> !c.state().terminal())) {
			throw new DomainRuleViolation("case-already-open");
		}
		var district = units.districtOf(person.officeCode()).map(OrgUnit::code).orElse(person.officeCode());
		var opened = CaseFile.intake(new CaseId(Ids.newId()), personId.value(), person.householdId().value(),
				consultationId.value(), person.officeCode(), district, requestedOn, today());
		cases.insert(opened, OffsetDateTime.now(clock));
		guard.history(opened, "INTAKE", "초기상담 " + consultation.consultedOn() + " · 요청일 " + requestedOn);
		accessLog.record(AccessSubject.of("CASE", opened.id(), opened.officeCode()), AccessAction.CREATE,
				"통합사례관리 접수");
		deadlines.opened(opened, consultation.referredOn(), consultation.consultedOn());
		return opened;
	}

	/** The team lead assigns the main case manager: a social worker of the office, never a nurse. */
	@Transactional
	public CaseFile assign(CaseId id, UserId userId) {
		return assign(id, userId, null);
	}

	/**
	 * As {@link #assign(CaseId, UserId)}, for a client that says which version of the case it edited
	 * ({@code null}: any): another change in between answers 409 {@code stale-version}.
	 */
	@Transactional
	public CaseFile assign(CaseId id, UserId userId, Integer expectedVersion) {
		var c = guard.asLead(id);
		if (expectedVersion != null && c.version() != expectedVersion) {
			throw new StaleVersionException();
		}
		var assignee = userId == null ? null : users.find(userId).orElse(null);
		if (assignee == null || !assignee.active()) {
			throw ValidationFailed.of("userId", "validation.case.assignee-unknown");
		}
		var roleNeeded = c.mainAgency() == MainAgency.DISTRICT ? Role.DISTRICT_SUPPORT : Role.SOCIAL_WORKER;
		boolean fits = assignee.grants().stream().anyMatch(g -> (g.role() == roleNeeded || g.role() == Role.TEAM_LEAD)
				&& (units.isWithin(c.officeCode(), g.orgUnitCode()) || g.orgUnitCode().equals(c.officeCode())));
		if (!fits) {
			boolean nurse = assignee.grants().stream().anyMatch(g -> g.role() == Role.NURSE);
			throw ValidationFailed.of("userId", nurse ? "validation.case.assignee-nurse" : "validation.case.assignee-office");
		}
		c.assign(userId.value());
		cases.update(c, OffsetDateTime.now(clock));
		guard.history(c, "ASSIGN", "주 사례관리자: " + assignee.name());
		guard.logChange(c, "주 사례관리자 지정");
		deadlines.assigned(c);
		return reload(id);
	}

	/** domain.md §4.4: a difficult case is handed to the 시군구 희망복지지원단 as main agency. */
	@Transactional
	public CaseFile escalate(CaseId id, String reason) {
		var c = guard.asLead(id);
		if (reason == null || reason.isBlank()) {
			throw ValidationFailed.of("reason", "validation.required");
		}
		c.escalateToDistrict();
		cases.update(c, OffsetDateTime.now(clock));
		guard.history(c, "ESCALATE", "희망복지지원단 의뢰: " + reason.strip());
		guard.logChange(c, "희망복지지원단 의뢰");
		deadlines.assigned(c);
		return reload(id);
	}

	@Transactional
	public CaseFile markLacksLocalResources(CaseId id, boolean lacks) {
		var c = guard.asManager(id);
		c.markLacksLocalResources(lacks);
		cases.update(c, OffsetDateTime.now(clock));
		guard.history(c, "RESOURCES", lacks ? "지역 자원 부족" : "지역 자원 부족 해제");
		return reload(id);
	}

	/**
	 * domain.md §4.6 대상자 구분·선정: at a case meeting that covers the case, by the team lead;
	 * case-management households get a case type, not-selected households a reason and a written
	 * notice.
	 */
	@Transactional
	public CaseFile select(CaseId id, Selection decision, UUID meetingId, CaseType caseType, String reason) {
		var c = guard.asLead(id);
		var problems = new ValidationFailed.Collector()
				.rejectIf(decision == null, "decision", "validation.required")
				.rejectIf(meetingId == null, "meetingId", "validation.required")
				.rejectIf(decision == Selection.CASE_MANAGEMENT && caseType == null, "caseType", "validation.required")
				.rejectIf(decision == Selection.NOT_SELECTED && (reason == null || reason.isBlank()), "reason",
						"validation.case.not-selected-reason")
				.rejectIf(reason != null && reason.length() > 2000, "reason", "validation.too-long", 2000);
		problems.throwIfAny();
		boolean covered = meetings.covers(meetingId, id.value());
		c.select(decision, caseType, reason == null || reason.isBlank() ? null : reason.strip(), covered, today());
		cases.update(c, OffsetDateTime.now(clock));
		guard.history(c, "SELECT", decision.name() + (caseType == null ? "" : " · " + caseType.name())
				+ (reason == null || reason.isBlank() ? "" : " · " + reason.strip()));
		guard.logChange(c, "대상자 구분·선정");
		if (decision == Selection.NOT_SELECTED) {
			cases.notice(c.id(), Ids.newId(), "NOT_SELECTED", today(), reason.strip());
		}
		deadlines.selected(c, today());
		return reload(id);
	}

	/**
	 * domain.md §4.11 공동사례관리: decided at an integrated case meeting after the assessment; a
	 * co-case manager of a private partner agency then sees this case only.
	 */
	@Transactional
	public CaseFile addCoManager(CaseId id, UserId userId, UUID meetingId) {
		var c = guard.asManager(id);
		if (c.state().terminal() || c.state() == CaseState.RECEIVED) {
			throw new DomainRuleViolation("co-manager-after-assessment");
		}
		var meeting = meetingId == null ? null : meetings.find(meetingId).orElse(null);
		if (meeting == null || meeting.kind() == MeetingRepository.Kind.INTERNAL || !meetings.covers(meetingId, id.value())) {
			throw new DomainRuleViolation("integrated-meeting-required");
		}
		var user = userId == null ? null : users.find(userId).orElse(null);
		if (user == null || !user.active()) {
			throw ValidationFailed.of("userId", "validation.case.assignee-unknown");
		}
		boolean partner = user.grants().stream().anyMatch(g -> g.role() == Role.PARTNER_CASE_MANAGER);
		if (partner && !consents.hasValidConsent(new PersonId(c.personId()), ConsentScope.THIRD_PARTY_SHARING, today())) {
			throw new DomainRuleViolation("consent-missing");
		}
		if (cases.isCoManager(id, userId.value()) || userId.value().equals(c.assignee())) {
			throw new DomainRuleViolation("already-case-manager");
		}
		cases.addCoManager(id, userId.value(), partner ? "partner" : null, meetingId, today());
		guard.history(c, "CO_MANAGER", "공동사례관리자 추가: " + user.name());
		guard.logChange(c, "공동사례관리자 지정");
		return reload(id);
	}

	@Transactional
	public CaseFile removeCoManager(CaseId id, UserId userId) {
		var c = guard.asManager(id);
		if (!cases.removeCoManager(id, userId.value())) {
			throw new NotFoundException("co-manager", userId);
		}
		guard.history(c, "CO_MANAGER_REMOVED", userId.toString());
		return reload(id);
	}

	/**
	 * domain.md §4.9: a client who moved is transferred — the receiving office gets the case and its
	 * history, the old office keeps a read-only record (state TRANSFERRED).
	 */
	@Transactional
	public CaseFile transfer(CaseId id, String toOfficeCode, String reason) {
		var c = guard.asManager(id);
		var target = toOfficeCode == null ? null : units.find(toOfficeCode).filter(OrgUnit::isOffice).orElse(null);
		var problems = new ValidationFailed.Collector()
				.rejectIf(target == null, "toOrgUnitCode", "validation.person.office")
				.rejectIf(reason == null || reason.isBlank(), "reason", "validation.required");
		problems.throwIfAny();
		if (target.code().equals(c.officeCode())) {
			throw ValidationFailed.of("toOrgUnitCode", "validation.case.transfer-same-office");
		}
		var person = persons.find(new PersonId(c.personId())).orElseThrow();
		if (!person.officeCode().equals(target.code())) {
			throw ValidationFailed.of("toOrgUnitCode", "validation.case.transfer-not-address");
		}
		var district = units.districtOf(target.code()).map(OrgUnit::code).orElse(target.code());
		var successor = c.successorAt(new CaseId(Ids.newId()), target.code(), district);
		c.transferredTo(successor.id().value());
		var now = OffsetDateTime.now(clock);
		cases.insert(successor, now);
		cases.update(c, now);
		guard.history(c, "TRANSFER_OUT", target.fullName() + " · " + reason.strip());
		guard.history(successor, "TRANSFER_IN", units.find(c.officeCode()).map(OrgUnit::fullName).orElse(c.officeCode())
				+ " · " + reason.strip());
		guard.logChange(c, "사례 이관");
		deadlines.transferred(c, successor, today());
		return successor;
	}

	private CaseFile reload(CaseId id) {
		return cases.find(id).orElseThrow();
	}

}
