package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.consultation.ConsultationSummary;
import kr.dolbom.consultation.internal.OutreachVisit;
import kr.dolbom.consultation.internal.OutreachVisitService;
import kr.dolbom.consultation.internal.VisitTargetGroup;
import kr.dolbom.org.UserSummary;
import kr.dolbom.people.PersonId;

@RestController
@RequestMapping("/api/v1/outreach")
@Tag(name = "Outreach visits")
class OutreachVisitApiController {

	private final OutreachVisitService visits;
	private final Clock clock;

	OutreachVisitApiController(OutreachVisitService visits, Clock clock) {
		this.visits = visits;
		this.clock = clock;
	}

	record PlanBody(UUID personId, VisitTargetGroup group, LocalDate plannedOn, List<UUID> staff, Boolean healthNeed) {
	}

	record NoticeBody(LocalDate sentOn, OutreachVisit.NoticeMethod method) {
	}

	record AppointmentBody(LocalDateTime at) {
	}

	record StaffBody(List<UUID> staff, Boolean healthNeed) {
	}

	record RiskCheckBody(Boolean violence, Boolean alcohol, Boolean infection, Boolean priorIncident, String note,
			Boolean policeEscort) {
	}

	record DomainBody(String code, String problem, UUID memberId) {
	}

	record RecordBody(LocalDate visitedOn, List<UUID> staff, Boolean policeEscort, List<DomainBody> domains,
			String summary, String wantedHelp, OutreachVisit.Decision decision, String decisionNote) {
	}

	record CancelBody(String reason) {
	}

	record StaffView(String userId, String name, String role) {
	}

	record RiskCheckView(boolean violence, boolean alcohol, boolean infection, boolean priorIncident, String note,
			OutreachVisit.RiskLevel level, OffsetDateTime checkedAt) {
	}

	record VisitView(String id, String officeCode, String householdId, String personId, VisitTargetGroup group,
			OutreachVisit.Status status, LocalDate plannedOn, boolean healthNeed, LocalDate noticeSentOn,
			OutreachVisit.NoticeMethod noticeMethod, OffsetDateTime appointmentAt, RiskCheckView riskCheck,
			boolean policeEscort, boolean cleared, OffsetDateTime departedAt, OffsetDateTime returnedAt,
			LocalDate visitedOn, String consultationId, OutreachVisit.Decision decision, String decisionNote,
			String initialConsultationId, String cancelledReason, List<StaffView> staff, int version) {
	}

	VisitView view(OutreachVisit v) {
		var r = v.riskCheck();
		return new VisitView(v.id().toString(), v.officeCode(), v.householdId().toString(),
				v.personId() == null ? null : v.personId().toString(), v.group(), v.status(), v.plannedOn(), v.healthNeed(),
				v.noticeSentOn(), v.noticeMethod(), v.appointmentAt(),
				r == null ? null : new RiskCheckView(r.violence(), r.alcohol(), r.infection(), r.priorIncident(), r.note(),
						r.level(), r.checkedAt()),
				v.policeEscort(), r != null && v.safeToVisitWith(v.staff().size(), v.policeEscort()), v.departedAt(),
				v.returnedAt(), v.visitedOn(), v.consultationId() == null ? null : v.consultationId().toString(),
				v.decision(), v.decisionNote(),
				v.initialConsultationId() == null ? null : v.initialConsultationId().toString(), v.cancelledReason(),
				v.staff().stream().map(s -> new StaffView(s.userId().toString(),
						visits.user(s.userId()).map(UserSummary::name).orElse(null), s.role().name())).toList(),
				v.version());
	}

	@PostMapping("/visits")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan one visit (staff default to the caller); a household has one open visit per month")
	VisitView plan(@RequestBody PlanBody body) {
		return view(visits.plan(List.of(toNew(body))).get(0));
	}

	@PostMapping("/visits/batch")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan several visits at once (e.g. a month's from a target list): all or nothing")
	List<VisitView> planAll(@RequestBody List<PlanBody> body) {
		return visits.plan(body == null ? List.of() : body.stream().map(OutreachVisitApiController::toNew).toList())
				.stream().map(this::view).toList();
	}

	private static OutreachVisitService.NewVisit toNew(PlanBody b) {
		return new OutreachVisitService.NewVisit(b.personId() == null ? null : new PersonId(b.personId()), b.group(),
				b.plannedOn(), b.staff(), Boolean.TRUE.equals(b.healthNeed()));
	}

	@GetMapping("/visits")
	@Operation(summary = "The office's visits planned or made in a month (visit calendar); month defaults to this month")
	List<VisitView> ofMonth(@RequestParam String office, @RequestParam(required = false) String month) {
		var m = month == null || month.isBlank() ? java.time.YearMonth.now(clock) : VisitTargetApiController.month(month, clock);
		return visits.ofMonth(office, m).stream().map(this::view).toList();
	}

	@GetMapping("/visits/{id}")
	VisitView get(@PathVariable UUID id) {
		return view(visits.get(id));
	}

	@PostMapping("/visits/{id}/notice")
	@Operation(summary = "방문안내: the notice was sent (PHONE, LETTER, TONGJANG)")
	VisitView notice(@PathVariable UUID id, @RequestBody NoticeBody body) {
		return view(visits.noticeSent(id, body.sentOn(), body.method()));
	}

	@PostMapping("/visits/{id}/appointment")
	@Operation(summary = "방문일 확정: date and time agreed with the household")
	VisitView appointment(@PathVariable UUID id, @RequestBody AppointmentBody body) {
		return view(visits.appointment(id, body.at()));
	}

	@PutMapping("/visits/{id}/staff")
	@Operation(summary = "Who visits (2인1조); healthNeed: the nurse must join")
	VisitView staff(@PathVariable UUID id, @RequestBody StaffBody body) {
		return view(visits.changeStaff(id, body.staff(), Boolean.TRUE.equals(body.healthNeed())));
	}

	@PutMapping("/visits/{id}/risk-check")
	@Operation(summary = "Pre-visit risk check (violence, alcohol, infection, prior incidents): any yes makes the visit "
			+ "high risk, which needs two staff or a police escort; a prior incident report of the household always counts")
	VisitView riskCheck(@PathVariable UUID id, @RequestBody RiskCheckBody body) {
		return view(visits.riskCheck(id, new OutreachVisitService.RiskCheckInput(Boolean.TRUE.equals(body.violence()),
				Boolean.TRUE.equals(body.alcohol()), Boolean.TRUE.equals(body.infection()),
				Boolean.TRUE.equals(body.priorIncident()), body.note(), Boolean.TRUE.equals(body.policeEscort()))));
	}

	@PostMapping("/visits/{id}/departure")
	@Operation(summary = "Leaving for today's visit (team board); 409 visit-risk-check-missing or visit-high-risk-needs-pair")
	VisitView depart(@PathVariable UUID id) {
		return view(visits.depart(id));
	}

	@PostMapping("/visits/{id}/return")
	@Operation(summary = "Back from the visit (team board)")
	VisitView returned(@PathVariable UUID id) {
		return view(visits.returned(id));
	}

	@PostMapping("/visits/{id}/record")
	@Operation(summary = "Record the visit: who went, the consultation over the visit domains (an OUTREACH consultation) "
			+ "and the decision (NONE, MONITOR, INITIAL_CONSULTATION creates the initial consultation of a case); "
			+ "a high-risk visit with one staff member and no police escort: 409 visit-high-risk-needs-pair")
	VisitView record(@PathVariable UUID id, @RequestBody RecordBody body) {
		var domains = body.domains() == null ? List.<ConsultationSummary.Problem>of()
				: body.domains().stream().map(d -> new ConsultationSummary.Problem(d.code(), d.problem(),
						d.memberId() == null ? null : new PersonId(d.memberId()), null)).toList();
		return view(visits.record(id, new OutreachVisitService.VisitRecord(body.visitedOn(), body.staff(),
				body.policeEscort(), domains, body.summary(), body.wantedHelp(), body.decision(), body.decisionNote())));
	}

	@PostMapping("/visits/{id}/cancel")
	VisitView cancel(@PathVariable UUID id, @RequestBody CancelBody body) {
		return view(visits.cancel(id, body.reason()));
	}

	@GetMapping("/board")
	@Operation(summary = "Team visit board: who visits which household when, in the caller's offices (date defaults to today)")
	List<VisitView> board(@RequestParam(required = false) LocalDate date) {
		return visits.board(date == null ? LocalDate.now(clock) : date).stream().map(this::view).toList();
	}
}
