package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.casework.CaseClosed;
import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.ClosureType;
import kr.dolbom.casework.domain.ClosureRules;
import kr.dolbom.casework.domain.FollowUpSchedule;
import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.consultation.ConsultationId;
import kr.dolbom.consultation.Consultations;
import kr.dolbom.consultation.NeedDomains;
import kr.dolbom.org.Access;
import kr.dolbom.org.Role;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonMoved;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * 종결 and 사후확인 (domain.md §4.9, §4.10): the closure request with its review form and the rules
 * of its type, the team lead's approval, and the follow-ups created on closure — done by the office
 * of the client's current address, even after a move.
 */
@Service
public class ClosureService {

	static final Role[] FOLLOW_UP = { Role.SOCIAL_WORKER, Role.TEAM_LEAD, Role.NURSE, Role.DISTRICT_SUPPORT };

	private final ClosureRepository closures;
	private final CaseRepository cases;
	private final AssessmentRepository assessments;
	private final CheckRepository checks;
	private final MeetingRepository meetings;
	private final PlanRepository plans;
	private final CaseGuard guard;
	private final CaseDeadlines deadlines;
	private final Persons persons;
	private final Consultations consultations;
	private final NeedDomains domains;
	private final Access access;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ClosureService(ClosureRepository closures, CaseRepository cases, AssessmentRepository assessments,
			CheckRepository checks, MeetingRepository meetings, PlanRepository plans, CaseGuard guard,
			CaseDeadlines deadlines, Persons persons, Consultations consultations, NeedDomains domains, Access access,
			AccessLog accessLog, ApplicationEventPublisher events, Clock clock) {
		this.closures = closures;
		this.cases = cases;
		this.assessments = assessments;
		this.checks = checks;
		this.meetings = meetings;
		this.plans = plans;
		this.guard = guard;
		this.deadlines = deadlines;
		this.persons = persons;
		this.consultations = consultations;
		this.domains = domains;
		this.access = access;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	public record ClosureRequest(ClosureType type, String reason, UUID meetingId, LocalDate plannedOn,
			boolean shortTermGoalsOnly, LocalDate refusedSince, String goalAttainment, String change,
			String followUpPlan) {
	}

	@Transactional
	public ClosureRepository.Closure request(CaseId id, ClosureRequest request) {
		var c = guard.asManager(id);
		var review = new ValidationFailed.Collector()
				.rejectIf(request.meetingId() == null, "meetingId", "validation.required")
				.rejectIf(blank(request.goalAttainment()), "goalAttainment", "validation.required")
				.rejectIf(blank(request.change()), "change", "validation.required")
				.rejectIf(blank(request.followUpPlan()), "followUpPlan", "validation.required");
		review.throwIfAny();
		var chain = cases.chain(c);
		var person = persons.find(new PersonId(c.personId())).orElseThrow();
		var household = persons.household(person.householdId()).orElseThrow();
		var lastContact = lastContact(chain, c.openedOn());
		// single-person household: the client lived alone (domain.md §4.9 death closes those only)
		var facts = new ClosureRules.Facts(c.selection(), household.members().size() == 1,
				!person.officeCode().equals(c.officeCode()), lastContact, assessments.count(chain),
				meetings.covers(request.meetingId(), c.id().value()));
		ClosureRules.check(new ClosureRules.Request(request.type(), request.reason(), request.plannedOn(),
				request.shortTermGoalsOnly(), request.refusedSince()), facts, today());
		c.requestClosure();
		var now = OffsetDateTime.now(clock);
		closures.save(new ClosureRepository.Closure(c.id().value(), request.type(), strip(request.reason()),
				request.meetingId(), request.plannedOn(), request.shortTermGoalsOnly(), request.refusedSince(),
				request.goalAttainment().strip(), request.change().strip(), request.followUpPlan().strip(), null),
				guard.user().id().value(), now);
		cases.update(c, now);
		guard.history(c, "CLOSURE_REQUEST", request.type().name() + " · 종결 예정 " + request.plannedOn());
		guard.logChange(c, "종결 등록");
		deadlines.closureRequested(c, request.plannedOn());
		return closures.find(c.id().value()).orElseThrow();
	}

	/** Team lead approval closes the case and creates its follow-ups. */
	@Transactional
	public List<ClosureRepository.FollowUp> approve(CaseId id) {
		var c = guard.asLead(id);
		var closure = closures.find(c.id().value()).orElseThrow(() -> new NotFoundException("closure", id));
		c.approveClosure(today());
		var now = OffsetDateTime.now(clock);
		cases.update(c, now);
		closures.decide(c.id().value(), "APPROVED", guard.user().id().value(), now);
		guard.history(c, "CLOSURE_APPROVE", closure.type().name());
		guard.logChange(c, "종결 승인");
		deadlines.closed(c, today());
		var person = persons.find(new PersonId(c.personId())).orElseThrow();
		// the linkage ends with the last planned service, at the latest with the closure itself
		var linkageEnded = plans.of(cases.chain(c)).stream().filter(ServicePlan::active).map(ServicePlan::lastServiceOn)
				.filter(d -> d != null && d.isBefore(today())).max(LocalDate::compareTo).orElse(today());
		for (var planned : FollowUpSchedule.after(c.selection())) {
			var deadline = deadlines.followUp(c, planned, today(), linkageEnded, person.officeCode());
			closures.insertFollowUp(new ClosureRepository.FollowUp(Ids.newId(), c.id().value(), c.personId(),
					planned.kind(), deadline.dueOn(), person.officeCode(), null, null, null, null,
					deadline.id().value(), 0));
		}
		events.publishEvent(new CaseClosed(c.id(), new PersonId(c.personId()), c.selection(), closure.type(), today()));
		return closures.followUps(List.of(c.id().value()));
	}

	@Transactional
	public void reject(CaseId id, String reason) {
		var c = guard.asLead(id);
		if (blank(reason)) {
			throw ValidationFailed.of("reason", "validation.required");
		}
		c.rejectClosure();
		var now = OffsetDateTime.now(clock);
		cases.update(c, now);
		closures.decide(c.id().value(), "REJECTED", guard.user().id().value(), now);
		guard.history(c, "CLOSURE_REJECT", reason.strip());
		deadlines.closureRejected(c);
	}

	public List<ClosureRepository.FollowUp> followUps(CaseId id) {
		var c = guard.visible(id);
		return closures.followUps(cases.chain(c));
	}

	public record FollowUpResult(LocalDate date, String result, Integer satisfaction, boolean reentry,
			String reentryDomain) {
	}

	/**
	 * A follow-up is done by the office of the client's current address (its office moves with the
	 * client); a follow-up may lead to re-entry — a new initial consultation.
	 */
	@Transactional
	public ClosureRepository.FollowUp recordFollowUp(UUID followUpId, FollowUpResult result) {
		var followUp = closures.followUp(followUpId).orElseThrow(() -> new NotFoundException("follow-up", followUpId));
		access.requireOfficeAndRole(followUp.officeCode(), "follow-up", followUpId, FOLLOW_UP);
		if (followUp.doneOn() != null) {
			throw new DomainRuleViolation("follow-up-done");
		}
		var problems = new ValidationFailed.Collector()
				.rejectIf(result.date() == null, "date", "validation.required")
				.rejectIf(result.date() != null && result.date().isAfter(today()), "date", "validation.date.future")
				.rejectIf(blank(result.result()), "result", "validation.required")
				.rejectIf(result.result() != null && result.result().length() > 2000, "result", "validation.too-long", 2000)
				.rejectIf(followUp.kind() == FollowUpSchedule.Kind.SATISFACTION_SURVEY
						&& (result.satisfaction() == null || result.satisfaction() < 1 || result.satisfaction() > 5),
						"satisfaction", "validation.case.satisfaction")
				.rejectIf(result.reentry() && (result.reentryDomain() == null || domains.find(result.reentryDomain()).isEmpty()),
						"reentryDomain", "validation.domain.unknown");
		problems.throwIfAny();
		ConsultationId reentry = null;
		if (result.reentry()) {
			reentry = consultations.openReentry(new PersonId(followUp.personId()), result.date(), result.reentryDomain(),
					result.result().strip());
		}
		closures.completeFollowUp(followUp, result.date(), result.result().strip(), result.satisfaction(),
				reentry == null ? null : reentry.value(), access.requireAnyRole(FOLLOW_UP).id().value());
		if (followUp.deadlineId() != null) {
			deadlines.followUpDone(followUp.deadlineId(), result.date());
		}
		var c = cases.find(new CaseId(followUp.caseId())).orElseThrow();
		guard.history(c, "FOLLOW_UP", followUp.kind().name() + " " + result.date() + (reentry == null ? "" : " · 재진입"));
		accessLog.record(AccessSubject.of("CASE", c.id(), followUp.officeCode()), AccessAction.UPDATE, "사후확인 기록");
		return closures.followUp(followUpId).orElseThrow();
	}

	/** domain.md §4.10: when the client moves, the office of the new address takes the follow-ups over. */
	@ApplicationModuleListener
	void on(PersonMoved moved) {
		for (var followUp : closures.openFollowUpsOf(moved.person().value())) {
			if (followUp.officeCode().equals(moved.toOffice())) {
				continue;
			}
			var c = cases.find(new CaseId(followUp.caseId())).orElseThrow();
			var deadline = deadlines.moveFollowUp(followUp.deadlineId(), moved.toOffice());
			closures.moveFollowUp(followUp.id(), moved.toOffice(), deadline == null ? followUp.deadlineId()
					: deadline.id().value(), deadline == null ? followUp.dueOn() : deadline.dueOn());
			guard.history(c, "FOLLOW_UP_MOVED", moved.fromOffice() + " → " + moved.toOffice());
		}
	}

	private LocalDate lastContact(List<UUID> chain, LocalDate openedOn) {
		var lastCheck = checks.lastContact(chain).orElse(null);
		var lastAssessment = assessments.of(chain).stream().map(a -> a.assessedOn()).max(LocalDate::compareTo).orElse(null);
		LocalDate last = openedOn;
		for (var d : new LocalDate[] { lastCheck, lastAssessment }) {
			if (d != null && d.isAfter(last)) {
				last = d;
			}
		}
		return last;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return blank(value) ? null : value.strip();
	}

}
