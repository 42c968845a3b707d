package kr.dolbom.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseType;
import kr.dolbom.casework.ClosureType;
import kr.dolbom.casework.Selection;
import kr.dolbom.casework.domain.Assessment;
import kr.dolbom.casework.domain.ReferralRules;
import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.casework.internal.AssessmentService;
import kr.dolbom.casework.internal.CaseQueries;
import kr.dolbom.casework.internal.CaseService;
import kr.dolbom.casework.internal.CheckService;
import kr.dolbom.casework.internal.ClosureService;
import kr.dolbom.casework.internal.PlanService;
import kr.dolbom.casework.internal.ReferralService;
import kr.dolbom.consultation.ConsultationId;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.UserId;
import kr.dolbom.people.PersonId;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

/** api.md "Cases (integrated case management)". */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases")
class CaseApiController {

	private final CaseService cases;
	private final CaseQueries queries;
	private final AssessmentService assessments;
	private final PlanService plans;
	private final CheckService checks;
	private final ClosureService closures;
	private final ReferralService referrals;
	private final CurrentUser currentUser;

	CaseApiController(CaseService cases, CaseQueries queries, AssessmentService assessments, PlanService plans,
			CheckService checks, ClosureService closures, ReferralService referrals, CurrentUser currentUser) {
		this.cases = cases;
		this.queries = queries;
		this.assessments = assessments;
		this.plans = plans;
		this.checks = checks;
		this.closures = closures;
		this.referrals = referrals;
		this.currentUser = currentUser;
	}

	record IntakeBody(UUID personId, UUID consultationId, LocalDate requestedOn) {
	}

	@PostMapping("/cases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Intake (접수); 409 consent-missing without a valid CASE_MANAGEMENT consent")
	CaseViews.CaseView intake(@RequestBody IntakeBody body) {
		var opened = cases.intake(body.personId() == null ? null : new PersonId(body.personId()),
				body.consultationId() == null ? null : new ConsultationId(body.consultationId()), body.requestedOn());
		return CaseViews.of(queries.detail(opened.id(), "접수 결과 확인"));
	}

	@GetMapping("/cases")
	@Operation(summary = "Cases in scope; assignee=me for the caller's own; overdue=true for cases with an overdue step")
	PageResult<CaseViews.CaseListItem> list(@RequestParam(required = false) CaseState state,
			@RequestParam(required = false) String assignee, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		UUID assigneeId = null;
		if (assignee != null && !assignee.isBlank()) {
			assigneeId = "me".equals(assignee) ? currentUser.get().id().value() : parseUuid(assignee, "assignee");
		}
		return queries.list(state, assigneeId, false, Boolean.TRUE.equals(overdue), Paging.of(page, size))
				.map(CaseViews::of);
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "The case; its ETag is the version (\"3\"), for If-Match on the changes that take one")
	ResponseEntity<CaseViews.CaseView> getWithTag(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		var view = get(id, purpose);
		return ResponseEntity.ok().eTag(Integer.toString(view.version())).body(view);
	}

	CaseViews.CaseView get(UUID id, String purpose) {
		return CaseViews.of(queries.detail(new CaseId(id), purpose));
	}

	record AssigneeBody(UUID userId, Integer version) {
	}

	@PutMapping("/cases/{id}/assignee")
	@Operation(summary = "The team lead assigns the main case manager (a social worker, never a nurse); with the "
			+ "version the client edited (body `version` or `If-Match`) a change in between answers 409 stale-version")
	CaseViews.CaseView assign(@PathVariable UUID id, @RequestBody AssigneeBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		cases.assign(new CaseId(id), body.userId() == null ? null : new UserId(body.userId()),
				expectedVersion(body.version(), ifMatch));
		return get(id, "담당자 지정 결과 확인");
	}

	record AssessmentItemBody(String code, UUID memberId, String need, Integer crisisScore, String clientView,
			String managerView, Integer agreedPriority) {
	}

	record AssessmentBody(LocalDate date, List<AssessmentItemBody> domains) {
	}

	@PostMapping("/cases/{id}/assessments")
	@ResponseStatus(HttpStatus.CREATED)
	CaseViews.AssessmentView assess(@PathVariable UUID id, @RequestBody AssessmentBody body) {
		var items = body.domains() == null ? List.<Assessment.Item>of()
				: body.domains().stream().map(d -> new Assessment.Item(d.code(), d.memberId(), d.need(),
						d.crisisScore() == null ? 0 : d.crisisScore(), d.clientView(), d.managerView(), d.agreedPriority()))
						.toList();
		return CaseViews.of(assessments.record(new CaseId(id), body.date(), items));
	}

	record SelectionBody(Selection decision, UUID meetingId, CaseType caseType, String reason) {
	}

	@PostMapping("/cases/{id}/selection")
	@Operation(summary = "Selection at a case meeting; 409 meeting-required without a meeting that covers the case")
	CaseViews.CaseView select(@PathVariable UUID id, @RequestBody SelectionBody body) {
		cases.select(new CaseId(id), body.decision(), body.meetingId(), body.caseType(), body.reason());
		return get(id, "선정 결과 확인");
	}

	record GoalBody(String domain, ServicePlan.Term term, String text) {
	}

	record ServiceBody(String provider, String content, String frequency, LocalDate from, LocalDate to,
			UUID resourceServiceId) {
	}

	record PlanBody(List<GoalBody> goals, List<ServiceBody> services, Integer version) {

		List<ServicePlan.Goal> goalList() {
			return goals == null ? List.of()
					: goals.stream().map(g -> new ServicePlan.Goal(g.domain(), g.term(), g.text())).toList();
		}

		List<ServicePlan.Service> serviceList() {
			return services == null ? List.of()
					: services.stream().map(s -> new ServicePlan.Service(s.provider(), s.content(), s.frequency(),
							s.from(), s.to(), s.resourceServiceId())).toList();
		}
	}

	@PostMapping("/cases/{id}/plans")
	@ResponseStatus(HttpStatus.CREATED)
	CaseViews.PlanView draftPlan(@PathVariable UUID id, @RequestBody PlanBody body) {
		return CaseViews.of(plans.draft(new CaseId(id), body.goalList(), body.serviceList()));
	}

	@GetMapping("/plans/{planId}")
	ResponseEntity<CaseViews.PlanView> plan(@PathVariable UUID planId) {
		var view = CaseViews.of(plans.visible(planId));
		return ResponseEntity.ok().eTag(Integer.toString(view.version())).body(view);
	}

	@PutMapping("/plans/{planId}")
	@Operation(summary = "Revise a draft plan; the version edited comes in the body (`version`) or as If-Match; "
			+ "409 stale-version when the plan changed in between")
	CaseViews.PlanView revisePlan(@PathVariable UUID planId, @RequestBody PlanBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		var version = expectedVersion(body.version(), ifMatch);
		if (version == null) {
			throw ValidationFailed.of("version", "validation.required");
		}
		return CaseViews.of(plans.revise(planId, version, body.goalList(), body.serviceList()));
	}

	@PostMapping("/plans/{planId}/submit")
	CaseViews.PlanView submit(@PathVariable UUID planId) {
		return CaseViews.of(plans.submit(planId));
	}

	@PostMapping("/plans/{planId}/approve")
	@Operation(summary = "Team lead only (403 otherwise); 409 plan-not-submitted")
	CaseViews.PlanView approve(@PathVariable UUID planId) {
		return CaseViews.of(plans.approve(planId));
	}

	record ReasonBody(String reason) {
	}

	@PostMapping("/plans/{planId}/reject")
	CaseViews.PlanView reject(@PathVariable UUID planId, @RequestBody(required = false) ReasonBody body) {
		return CaseViews.of(plans.reject(planId, body == null ? null : body.reason()));
	}

	record ConsentBody(LocalDate clientSignedOn, LocalDate providerConsentOn) {
	}

	@PostMapping("/plans/{planId}/consent")
	@Operation(summary = "Client signature and provider consent; an approved, consented plan moves the case to PLANNED")
	CaseViews.PlanView consent(@PathVariable UUID planId, @RequestBody ConsentBody body) {
		return CaseViews.of(plans.consent(planId, body.clientSignedOn(), body.providerConsentOn()));
	}

	record CheckBody(LocalDate date, String method, String clientChange, String participation, String adequacy,
			Integer satisfaction, String actionNeeded, String providerPlanVsActual, String providerChanges,
			String providerCooperation) {
	}

	@PostMapping("/cases/{id}/checks")
	@ResponseStatus(HttpStatus.CREATED)
	CaseViews.CheckView check(@PathVariable UUID id, @RequestBody CheckBody body) {
		return CaseViews.of(checks.record(new CaseId(id), new CheckService.NewCheck(body.date(), body.method(),
				body.clientChange(), body.participation(), body.adequacy(), body.satisfaction(), body.actionNeeded(),
				body.providerPlanVsActual(), body.providerChanges(), body.providerCooperation())));
	}

	record ClosureBody(ClosureType type, String reason, UUID meetingId, LocalDate plannedOn, Boolean shortTermGoalsOnly,
			LocalDate refusedSince, String goalAttainment, String change, String followUpPlan) {
	}

	@PostMapping("/cases/{id}/closure")
	@Operation(summary = "Closure request with the review form → CLOSING; the rules of each closure type answer 409")
	CaseViews.CaseView requestClosure(@PathVariable UUID id, @RequestBody ClosureBody body) {
		closures.request(new CaseId(id), new ClosureService.ClosureRequest(body.type(), body.reason(), body.meetingId(),
				body.plannedOn(), Boolean.TRUE.equals(body.shortTermGoalsOnly()), body.refusedSince(),
				body.goalAttainment(), body.change(), body.followUpPlan()));
		return get(id, "종결 등록 결과 확인");
	}

	@PostMapping("/cases/{id}/closure/approve")
	@Operation(summary = "Team lead approval → CLOSED, follow-ups created")
	CaseViews.CaseView approveClosure(@PathVariable UUID id) {
		closures.approve(new CaseId(id));
		return get(id, "종결 승인 결과 확인");
	}

	@PostMapping("/cases/{id}/closure/reject")
	CaseViews.CaseView rejectClosure(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
		closures.reject(new CaseId(id), body == null ? null : body.reason());
		return get(id, "종결 반려 결과 확인");
	}

	@GetMapping("/cases/{id}/follow-ups")
	List<CaseViews.FollowUpView> followUps(@PathVariable UUID id) {
		return closures.followUps(new CaseId(id)).stream().map(CaseViews::of).toList();
	}

	record FollowUpBody(LocalDate date, String result, Integer satisfaction, Boolean reentry, String reentryDomain) {
	}

	@PostMapping("/follow-ups/{followUpId}")
	@Operation(summary = "Record a follow-up (by the office of the current address); reentry opens a new initial consultation")
	CaseViews.FollowUpView followUp(@PathVariable UUID followUpId, @RequestBody FollowUpBody body) {
		return CaseViews.of(closures.recordFollowUp(followUpId, new ClosureService.FollowUpResult(body.date(),
				body.result(), body.satisfaction(), Boolean.TRUE.equals(body.reentry()), body.reentryDomain())));
	}

	record ReferralBody(ReferralRules.Program program, String reason) {
	}

	@PostMapping("/cases/{id}/referrals")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Referral to another programme; 409 dream-start-once, 422 when the age rule is not met")
	CaseViews.ReferralView refer(@PathVariable UUID id, @RequestBody ReferralBody body) {
		return CaseViews.of(referrals.refer(new CaseId(id), body.program(), body.reason()));
	}

	record AnswerBody(LocalDate answeredOn, String answer) {
	}

	@PostMapping("/referrals/{referralId}/answer")
	CaseViews.ReferralView answer(@PathVariable UUID referralId, @RequestBody AnswerBody body) {
		return CaseViews.of(referrals.answer(referralId, body.answeredOn(), body.answer()));
	}

	record TransferBody(String toOrgUnitCode, String reason) {
	}

	@PostMapping("/cases/{id}/transfer")
	@Operation(summary = "Transfer to the office of the client's new address; the old case ends TRANSFERRED")
	CaseViews.CaseView transfer(@PathVariable UUID id, @RequestBody TransferBody body) {
		cases.transfer(new CaseId(id), body.toOrgUnitCode(), body.reason());
		return get(id, "이관 결과 확인");
	}

	record EscalateBody(String reason) {
	}

	@PostMapping("/cases/{id}/escalate")
	@Operation(summary = "Hand a difficult case to the 시군구 희망복지지원단 as main agency")
	CaseViews.CaseView escalate(@PathVariable UUID id, @RequestBody(required = false) EscalateBody body) {
		cases.escalate(new CaseId(id), body == null ? null : body.reason());
		return get(id, "희망복지지원단 의뢰 결과 확인");
	}

	record CoManagerBody(UUID userId, UUID meetingId) {
	}

	@PostMapping("/cases/{id}/co-managers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Joint case management: add a co-case manager decided at an integrated case meeting")
	CaseViews.CaseView addCoManager(@PathVariable UUID id, @RequestBody CoManagerBody body) {
		cases.addCoManager(new CaseId(id), body.userId() == null ? null : new UserId(body.userId()), body.meetingId());
		return get(id, "공동사례관리자 지정 결과 확인");
	}

	/** The version the client edited: the body's {@code version}, else the If-Match entity tag ("3" or W/"3"). */
	static Integer expectedVersion(Integer bodyVersion, String ifMatch) {
		if (bodyVersion != null) {
			return bodyVersion;
		}
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		var tag = ifMatch.trim();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "").trim();
		try {
			return Integer.valueOf(tag);
		}
		catch (NumberFormatException e) {
			throw ValidationFailed.of("version", "validation.invalid");
		}
	}

	private static UUID parseUuid(String value, String field) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw ValidationFailed.of(field, "validation.invalid");
		}
	}
}
