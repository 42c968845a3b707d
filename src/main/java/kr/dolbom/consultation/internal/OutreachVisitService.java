package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.consultation.ConsultationSummary;
import kr.dolbom.org.Access;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Role;
import kr.dolbom.org.Teams;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Outreach visits (manual 1-2 ③ 업무 절차): 대상자 명단 확보 → 방문안내 → 방문일 확정 → 2인1조 방문 (간호사 동행 for
 * health needs) → 영역별 상담 → 시스템 입력 → 사례관리 진행여부 결정. Safety (appendix 3): the visit is on the team
 * board before leaving, the risk check comes first, and a high-risk visit goes with two staff or the police.
 */
@Service
public class OutreachVisitService {

	private final JdbcOutreachVisits visits;
	private final JdbcIncidentReports incidents;
	private final ConsultationService consultations;
	private final Persons persons;
	private final Users users;
	private final Teams teams;
	private final Access access;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final Clock clock;

	OutreachVisitService(JdbcOutreachVisits visits, JdbcIncidentReports incidents, ConsultationService consultations,
			Persons persons, Users users, Teams teams, Access access, CurrentUser currentUser, AccessLog accessLog,
			Clock clock) {
		this.visits = visits;
		this.incidents = incidents;
		this.consultations = consultations;
		this.persons = persons;
		this.users = users;
		this.teams = teams;
		this.access = access;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public record NewVisit(PersonId personId, VisitTargetGroup group, LocalDate plannedOn, List<UUID> staff,
			boolean healthNeed) {
	}

	public record RiskCheckInput(boolean violence, boolean alcohol, boolean infection, boolean priorIncident,
			String note, boolean policeEscort) {
	}

	public record VisitRecord(LocalDate visitedOn, List<UUID> staff, Boolean policeEscort,
			List<ConsultationSummary.Problem> domains, String summary, String wantedHelp, OutreachVisit.Decision decision,
			String decisionNote) {
	}

	/** Plans visits (e.g. a month's from a target list) all at once: nothing is stored if one is wrong. */
	@Transactional
	public List<OutreachVisit> plan(List<NewVisit> planned) {
		var user = access.requireAnyRole(VisitSafetyAccess.VISIT);
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(planned == null || planned.isEmpty(), "visits", "validation.visit.none");
		problems.throwIfAny();
		var today = LocalDate.now(clock);
		List<OutreachVisit> created = new ArrayList<>();
		var householdsSeen = new HashSet<UUID>();
		for (int i = 0; i < planned.size(); i++) {
			var p = planned.get(i);
			var prefix = planned.size() == 1 ? "" : "visits[" + i + "].";
			if (p.personId() == null) {
				throw ValidationFailed.of(prefix + "personId", "validation.required");
			}
			var person = persons.find(p.personId()).orElseThrow(() -> new NotFoundException("person", p.personId()));
			access.requireOfficeAndRole(person.officeCode(), "person", person.id(), VisitSafetyAccess.VISIT);
			problems.rejectIf(p.group() == null, prefix + "group", "validation.required");
			problems.rejectIf(p.plannedOn() == null, prefix + "plannedOn", "validation.required");
			problems.rejectIf(p.plannedOn() != null && p.plannedOn().isBefore(today), prefix + "plannedOn",
					"validation.visit.planned-past");
			var staff = staff(p.staff() == null || p.staff().isEmpty() ? List.of(user.id().value()) : p.staff(),
					person.officeCode(), prefix + "staff", problems);
			problems.throwIfAny();
			var month = YearMonth.from(p.plannedOn());
			boolean alreadyPlanned = visits.ofOffice(person.officeCode(), month.atDay(1), month.plusMonths(1).atDay(1))
					.stream().anyMatch(v -> v.householdId().equals(person.householdId()) && v.status().open());
			if (alreadyPlanned || !householdsSeen.add(person.householdId().value())) {
				throw new VisitSafetyViolation("visit-already-planned", person.maskedName()).with("personId",
						person.id().toString());
			}
			var visit = new OutreachVisit(Ids.newId(), person.officeCode(), person.householdId(), person.id(), p.group(),
					OutreachVisit.Status.PLANNED, p.plannedOn(), p.healthNeed(), null, null, null, null, false, null, null,
					null, null, null, null, null, null, user.id().value(), staff, 0);
			visits.insert(visit, OffsetDateTime.now(clock));
			created.add(visit);
		}
		accessLog.recordAll(created.stream().map(v -> AccessSubject.of("PERSON", v.personId(), v.officeCode())).toList(),
				AccessAction.CREATE, "찾아가는 상담 방문 계획");
		return created;
	}

	public OutreachVisit get(UUID id) {
		var visit = load(id);
		accessLog.record(subject(visit), AccessAction.VIEW, "찾아가는 상담 방문 조회");
		return visit;
	}

	/** The office's visits planned or made in a month (the visit calendar). */
	public List<OutreachVisit> ofMonth(String officeCode, YearMonth month) {
		access.requireOfficeAndRole(officeCode, "office", officeCode, VisitSafetyAccess.VISIT);
		var list = visits.ofOffice(officeCode, month.atDay(1), month.plusMonths(1).atDay(1));
		accessLog.record(AccessSubject.of("OUTREACH_VISIT_LIST", officeCode + ":" + month, officeCode), AccessAction.VIEW,
				"찾아가는 상담 방문 일정 조회 (" + list.size() + "건)");
		return list;
	}

	/** 방문안내: the notice was sent. */
	@Transactional
	public OutreachVisit noticeSent(UUID id, LocalDate sentOn, OutreachVisit.NoticeMethod method) {
		var v = loadOpen(id);
		new ValidationFailed.Collector().rejectIf(sentOn == null, "sentOn", "validation.required")
				.rejectIf(sentOn != null && sentOn.isAfter(LocalDate.now(clock)), "sentOn", "validation.date.future")
				.rejectIf(method == null, "method", "validation.required").throwIfAny();
		var status = v.status() == OutreachVisit.Status.PLANNED ? OutreachVisit.Status.NOTICE_SENT : v.status();
		return save(with(v, status, v.plannedOn(), sentOn, method, v.appointmentAt()), "방문안내 기록");
	}

	/** 방문일 확정: the date and time agreed with the household; the visit moves to that day on the board. */
	@Transactional
	public OutreachVisit appointment(UUID id, LocalDateTime at) {
		var v = loadOpen(id);
		new ValidationFailed.Collector().rejectIf(at == null, "at", "validation.required")
				.rejectIf(at != null && at.toLocalDate().isBefore(LocalDate.now(clock)), "at", "validation.visit.planned-past")
				.throwIfAny();
		return save(with(v, OutreachVisit.Status.APPOINTED, at.toLocalDate(), v.noticeSentOn(), v.noticeMethod(),
				at.atZone(clock.getZone()).toOffsetDateTime()), "방문일 확정");
	}

	/** Who goes (2인1조; the nurse for health needs). */
	@Transactional
	public OutreachVisit changeStaff(UUID id, List<UUID> staffIds, boolean healthNeed) {
		var v = loadOpen(id);
		var problems = new ValidationFailed.Collector();
		var staff = staff(staffIds, v.officeCode(), "staff", problems);
		problems.rejectIf(staffIds == null || staffIds.isEmpty(), "staff", "validation.required");
		problems.throwIfAny();
		visits.replaceStaff(v.id(), staff);
		var changed = copy(v, v.status(), healthNeed, v.riskCheck(), v.policeEscort(), v.departedAt(), v.returnedAt());
		return save(changed, "방문자 변경");
	}

	/** The pre-visit risk check; a prior incident report of the household always counts. */
	@Transactional
	public OutreachVisit riskCheck(UUID id, RiskCheckInput input) {
		var v = loadOpen(id);
		var user = currentUser.get();
		if (input.note() != null && input.note().length() > 1000) {
			throw ValidationFailed.of("note", "validation.too-long", 1000);
		}
		boolean prior = input.priorIncident() || incidents.existFor(v.householdId().value());
		boolean high = input.violence() || input.alcohol() || input.infection() || prior;
		var check = new OutreachVisit.RiskCheck(input.violence(), input.alcohol(), input.infection(), prior,
				input.note() == null || input.note().isBlank() ? null : input.note().strip(),
				high ? OutreachVisit.RiskLevel.HIGH : OutreachVisit.RiskLevel.LOW, OffsetDateTime.now(clock),
				user.id().value());
		return save(copy(v, v.status(), v.healthNeed(), check, input.policeEscort(), v.departedAt(), v.returnedAt()),
				"방문 전 위험 점검");
	}

	/** Leaving for the visit, from the board: checked, and safe for who goes. */
	@Transactional
	public OutreachVisit depart(UUID id) {
		var v = loadOpen(id);
		requireSafe(v, v.staff().size(), v.policeEscort());
		if (!v.plannedOn().equals(LocalDate.now(clock))) {
			throw new VisitSafetyViolation("visit-not-today");
		}
		return save(copy(v, v.status(), v.healthNeed(), v.riskCheck(), v.policeEscort(), OffsetDateTime.now(clock), null),
				"방문 출발 공유");
	}

	@Transactional
	public OutreachVisit returned(UUID id) {
		var v = load(id);
		if (v.departedAt() == null) {
			throw new VisitSafetyViolation("visit-not-departed");
		}
		return save(copy(v, v.status(), v.healthNeed(), v.riskCheck(), v.policeEscort(), v.departedAt(),
				OffsetDateTime.now(clock)), "방문 복귀");
	}

	@Transactional
	public OutreachVisit cancel(UUID id, String reason) {
		var v = loadOpen(id);
		new ValidationFailed.Collector().rejectIf(reason == null || reason.isBlank(), "reason", "validation.required")
				.rejectIf(reason != null && reason.length() > 300, "reason", "validation.too-long", 300).throwIfAny();
		var cancelled = new OutreachVisit(v.id(), v.officeCode(), v.householdId(), v.personId(), v.group(),
				OutreachVisit.Status.CANCELLED, v.plannedOn(), v.healthNeed(), v.noticeSentOn(), v.noticeMethod(),
				v.appointmentAt(), v.riskCheck(), v.policeEscort(), v.departedAt(), v.returnedAt(), null, null, null, null,
				null, reason.strip(), v.plannedBy(), v.staff(), v.version());
		return save(cancelled, "방문 취소");
	}

	/**
	 * The visit itself: who went, the consultation over the visit domains (recorded as an OUTREACH
	 * consultation) and the decision; an initial consultation opens the way to a case.
	 */
	@Transactional
	public OutreachVisit record(UUID id, VisitRecord input) {
		var v = loadOpen(id);
		var problems = new ValidationFailed.Collector();
		var today = LocalDate.now(clock);
		problems.rejectIf(input.visitedOn() == null, "visitedOn", "validation.required")
				.rejectIf(input.visitedOn() != null && input.visitedOn().isAfter(today), "visitedOn", "validation.date.future")
				.rejectIf(input.staff() == null || input.staff().isEmpty(), "staff", "validation.required")
				.rejectIf(input.decision() == null, "decision", "validation.required")
				.rejectIf(input.decisionNote() != null && input.decisionNote().length() > 1000, "decisionNote",
						"validation.too-long", 1000);
		var staff = staff(input.staff() == null ? List.of() : input.staff(), v.officeCode(), "staff", problems);
		problems.rejectIf(v.healthNeed() && staff.stream().noneMatch(s -> s.role() == Role.NURSE), "staff",
				"validation.visit.nurse-required");
		problems.throwIfAny();
		boolean police = input.policeEscort() != null ? input.policeEscort() : v.policeEscort();
		requireSafe(v, staff.size(), police);
		if (v.personId() == null) {
			throw new VisitSafetyViolation("visit-without-person");
		}
		var domains = input.domains() == null ? List.<ConsultationSummary.Problem>of() : input.domains();
		var consultation = consultations.record(new ConsultationService.NewConsultation(v.personId(),
				ConsultationKind.OUTREACH, ConsultationRoute.OUTREACH, null, input.visitedOn(), domains, input.summary(),
				input.wantedHelp()));
		UUID initial = null;
		if (input.decision() == OutreachVisit.Decision.INITIAL_CONSULTATION) {
			// manual 1-2 ③ 상담 후 조치: "방문상담내용 공유 및 사례관리 진행여부 논의" → the case starts with an initial consultation
			initial = consultations.record(new ConsultationService.NewConsultation(v.personId(), ConsultationKind.INITIAL,
					ConsultationRoute.OUTREACH, input.visitedOn(), input.visitedOn(), domains, input.summary(),
					input.wantedHelp())).id().value();
		}
		visits.replaceStaff(v.id(), staff);
		var recorded = new OutreachVisit(v.id(), v.officeCode(), v.householdId(), v.personId(), v.group(),
				OutreachVisit.Status.VISITED, v.plannedOn(), v.healthNeed(), v.noticeSentOn(), v.noticeMethod(),
				v.appointmentAt(), v.riskCheck(), police, v.departedAt(), v.returnedAt(), input.visitedOn(),
				consultation.id().value(), input.decision(),
				input.decisionNote() == null || input.decisionNote().isBlank() ? null : input.decisionNote().strip(),
				initial, null, v.plannedBy(), staff, v.version());
		return save(recorded, "찾아가는 상담 방문 기록");
	}

	/** The visits of the caller's offices on a day: the team visit board (who visits which household when). */
	public List<OutreachVisit> board(LocalDate day) {
		var user = access.requireAnyRole(VisitSafetyAccess.VISIT);
		var list = visits.onDay(user.scope().offices(), day);
		accessLog.record(AccessSubject.of("VISIT_BOARD", day.toString(), user.homeUnitCode().orElse(null)),
				AccessAction.VIEW, "방문 공유판 조회 (" + list.size() + "건)");
		return list;
	}

	/** Colleagues who may go on visits of the office, for the pickers. */
	public List<UserSummary> visitorsOf(String officeCode) {
		access.requireOfficeAndRole(officeCode, "office", officeCode, VisitSafetyAccess.VISIT);
		List<UserSummary> all = new ArrayList<>();
		var seen = new HashSet<UUID>();
		for (var role : VisitSafetyAccess.VISITORS) {
			users.withRoleAt(role, officeCode).stream().filter(u -> seen.add(u.id().value())).forEach(all::add);
		}
		return all;
	}

	public Optional<UserSummary> user(UUID id) {
		return users.find(new UserId(id));
	}

	public PersonSummary person(PersonId id) {
		return persons.find(id).orElseThrow(() -> new NotFoundException("person", id));
	}

	private void requireSafe(OutreachVisit v, int staffCount, boolean police) {
		if (v.riskCheck() == null) {
			throw new VisitSafetyViolation("visit-risk-check-missing");
		}
		if (!v.safeToVisitWith(staffCount, police)) {
			throw new VisitSafetyViolation("visit-high-risk-needs-pair").with("staff", staffCount);
		}
	}

	private List<OutreachVisit.Staff> staff(List<UUID> ids, String officeCode, String field,
			ValidationFailed.Collector problems) {
		List<OutreachVisit.Staff> staff = new ArrayList<>();
		var seen = new HashSet<UUID>();
		for (var id : ids == null ? List.<UUID>of() : ids) {
			if (id == null || !seen.add(id)) {
				continue;
			}
			var user = users.find(new UserId(id)).filter(UserSummary::active).orElse(null);
			var role = user == null ? null : visitorRole(user, officeCode);
			if (role == null) {
				problems.reject(field, "validation.visit.staff");
				continue;
			}
			staff.add(new OutreachVisit.Staff(id, role));
		}
		return staff;
	}

	/** The outreach role with which the colleague visits this office (office head, team lead, nurse, social worker). */
	private Role visitorRole(UserSummary user, String officeCode) {
		var served = user.teamId() == null ? List.<String>of()
				: teams.find(user.teamId()).map(t -> t.servedOffices()).orElse(List.of());
		for (var role : VisitSafetyAccess.VISITORS) {
			boolean holds = user.grants().stream().anyMatch(g -> g.role() == role
					&& (officeCode.equals(g.orgUnitCode()) || served.contains(officeCode)));
			if (holds) {
				return role;
			}
		}
		return null;
	}

	private OutreachVisit load(UUID id) {
		var visit = visits.find(id).orElseThrow(() -> new NotFoundException("outreach-visit", id));
		access.requireOfficeAndRole(visit.officeCode(), "outreach-visit", id, VisitSafetyAccess.VISIT);
		return visit;
	}

	private OutreachVisit loadOpen(UUID id) {
		var visit = load(id);
		if (!visit.status().open()) {
			throw new VisitSafetyViolation("visit-closed");
		}
		return visit;
	}

	private OutreachVisit save(OutreachVisit visit, String purpose) {
		visits.update(visit);
		accessLog.record(subject(visit), AccessAction.UPDATE, purpose);
		return visits.find(visit.id()).orElseThrow();
	}

	private static AccessSubject subject(OutreachVisit v) {
		return v.personId() == null ? AccessSubject.of("HOUSEHOLD", v.householdId(), v.officeCode())
				: AccessSubject.of("PERSON", v.personId(), v.officeCode());
	}

	private static OutreachVisit with(OutreachVisit v, OutreachVisit.Status status, LocalDate plannedOn,
			LocalDate noticeSentOn, OutreachVisit.NoticeMethod method, OffsetDateTime appointmentAt) {
		return new OutreachVisit(v.id(), v.officeCode(), v.householdId(), v.personId(), v.group(), status, plannedOn,
				v.healthNeed(), noticeSentOn, method, appointmentAt, v.riskCheck(), v.policeEscort(), v.departedAt(),
				v.returnedAt(), v.visitedOn(), v.consultationId(), v.decision(), v.decisionNote(), v.initialConsultationId(),
				v.cancelledReason(), v.plannedBy(), v.staff(), v.version());
	}

	private static OutreachVisit copy(OutreachVisit v, OutreachVisit.Status status, boolean healthNeed,
			OutreachVisit.RiskCheck risk, boolean police, OffsetDateTime departedAt, OffsetDateTime returnedAt) {
		return new OutreachVisit(v.id(), v.officeCode(), v.householdId(), v.personId(), v.group(), status, v.plannedOn(),
				healthNeed, v.noticeSentOn(), v.noticeMethod(), v.appointmentAt(), risk, police, departedAt, returnedAt,
				v.visitedOn(), v.consultationId(), v.decision(), v.decisionNote(), v.initialConsultationId(),
				v.cancelledReason(), v.plannedBy(), v.staff(), v.version());
	}

}
