package kr.dolbom.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseType;
import kr.dolbom.casework.ClosureType;
import kr.dolbom.casework.MainAgency;
import kr.dolbom.casework.Selection;
import kr.dolbom.casework.domain.Assessment;
import kr.dolbom.casework.domain.ReferralRules;
import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.casework.internal.AssessmentService;
import kr.dolbom.casework.internal.CaseQueries;
import kr.dolbom.casework.internal.CaseService;
import kr.dolbom.casework.internal.CheckService;
import kr.dolbom.casework.internal.ClosureService;
import kr.dolbom.casework.internal.MeetingService;
import kr.dolbom.casework.internal.PlanService;
import kr.dolbom.casework.internal.ReferralService;
import kr.dolbom.consultation.ConsultationId;
import kr.dolbom.consultation.Consultations;
import kr.dolbom.consultation.NeedDomains;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.Consents;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.resource.ResourceDirectory;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.Messages;
import kr.dolbom.shared.web.NavItem;

/**
 * The pages of integrated case management, built around the case page: where the case is, what is
 * due, and the one action to take next. Each step has its form; a refused step shows its reason on
 * the form (validation) or on the case page (a rule of the process).
 */
@Controller
class CasePageController {

	private final CaseService cases;
	private final CaseQueries queries;
	private final AssessmentService assessments;
	private final MeetingService meetings;
	private final PlanService plans;
	private final CheckService checks;
	private final ClosureService closures;
	private final ReferralService referrals;
	private final Consultations consultations;
	private final Consents consents;
	private final Persons persons;
	private final NeedDomains domains;
	private final Users users;
	private final OrgUnits units;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Messages messages;
	private final Clock clock;

	private final ResourceDirectory resources;

	CasePageController(CaseService cases, CaseQueries queries, AssessmentService assessments, MeetingService meetings,
			PlanService plans, CheckService checks, ClosureService closures, ReferralService referrals,
			Consultations consultations, Consents consents, Persons persons, NeedDomains domains, Users users,
			OrgUnits units, CurrentUser currentUser, FormErrors formErrors, Messages messages, ResourceDirectory resources,
			Clock clock) {
		this.resources = resources;
		this.cases = cases;
		this.queries = queries;
		this.assessments = assessments;
		this.meetings = meetings;
		this.plans = plans;
		this.checks = checks;
		this.closures = closures;
		this.referrals = referrals;
		this.consultations = consultations;
		this.consents = consents;
		this.persons = persons;
		this.domains = domains;
		this.users = users;
		this.units = units;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.messages = messages;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	// --- lists

	@GetMapping("/cases")
	String list(@RequestParam(defaultValue = "mine") String view, @RequestParam(required = false) CaseState state,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var me = currentUser.get();
		var assignee = "mine".equals(view) ? me.id().value() : null;
		model.addAttribute("result", queries.list(state, assignee, state == null, false, new Paging(Math.max(page, 0), 30)));
		model.addAttribute("view", view);
		model.addAttribute("state", state);
		model.addAttribute("states", CaseState.values());
		return "casework/list";
	}

	/** A fragment for the person page (htmx): the person's cases. */
	@GetMapping("/cases/of-person/{personId}")
	String ofPerson(@PathVariable UUID personId, Model model) {
		model.addAttribute("cases", queries.ofPerson(new PersonId(personId)));
		return "casework/of-person :: list";
	}

	// --- intake

	@GetMapping("/cases/new")
	String intakeForm(@RequestParam UUID consultationId, Model model) {
		model.addAttribute("requestedOn", today());
		return intakePage(consultationId, model);
	}

	private String intakePage(UUID consultationId, Model model) {
		var consultation = consultations.find(new ConsultationId(consultationId))
				.orElseThrow(() -> new NotFoundException("consultation", consultationId));
		var person = persons.find(consultation.personId()).orElseThrow();
		if (!currentUser.get().scope().coversOffice(person.officeCode())) {
			throw new NotFoundException("consultation", consultationId);
		}
		model.addAttribute("consultation", consultation);
		model.addAttribute("person", person);
		model.addAttribute("hasConsent", consents.hasValidConsent(person.id(), ConsentScope.CASE_MANAGEMENT, today()));
		return "casework/new";
	}

	@PostMapping("/cases/new")
	String intake(@RequestParam UUID consultationId, @RequestParam(required = false) String requestedOn, Model model,
			RedirectAttributes redirect) {
		var consultation = consultations.find(new ConsultationId(consultationId))
				.orElseThrow(() -> new NotFoundException("consultation", consultationId));
		try {
			var opened = cases.intake(consultation.personId(), consultation.id(), date(requestedOn, "requestedOn"));
			redirect.addFlashAttribute("notice", "case.created");
			return "redirect:/cases/" + opened.id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("requestedOn", List.of(messages.get(violation.messageKey()))));
		}
		model.addAttribute("requestedOn", requestedOn);
		return intakePage(consultationId, model);
	}

	// --- the case page

	@GetMapping("/cases/{id}")
	String caseFile(@PathVariable UUID id, Model model) {
		var detail = queries.detail(new CaseId(id), "사례 화면 조회");
		model.addAttribute("d", detail);
		model.addAttribute("c", detail.file());
		model.addAttribute("domainNames", domainNames());
		model.addAttribute("domains", domains.all());
		model.addAttribute("userNames", userNames(detail));
		model.addAttribute("officeName", units.find(detail.file().officeCode()).map(OrgUnit::fullName)
				.orElse(detail.file().officeCode()));
		model.addAttribute("caseManagers", candidates(detail.file().officeCode(),
				detail.file().mainAgency() == MainAgency.DISTRICT ? Role.DISTRICT_SUPPORT
						: Role.SOCIAL_WORKER, detail.file().districtCode()));
		model.addAttribute("selections", Selection.values());
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("programs", ReferralRules.Program.values());
		model.addAttribute("linkages", resources.linkagesOfCase(id));
		model.addAttribute("today", today());
		return "casework/case";
	}

	/** Runs a step of the case page; a refused step comes back to the case page with its reason. */
	private String step(UUID id, Model model, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/cases/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("step", List.of(messages.get(violation.messageKey(), violation.arguments()))));
		}
		return caseFile(id, model);
	}

	@PostMapping("/cases/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam(required = false) String userId, Model model,
			RedirectAttributes redirect) {
		return step(id, model, redirect, "case.assign.done",
				() -> cases.assign(new CaseId(id), userId == null || userId.isBlank() ? null : UserId.of(userId)));
	}

	@PostMapping("/cases/{id}/escalate")
	String escalate(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		return step(id, model, redirect, "case.escalated", () -> cases.escalate(new CaseId(id), reason));
	}

	@PostMapping("/cases/{id}/selection")
	String select(@PathVariable UUID id, @RequestParam(required = false) Selection decision,
			@RequestParam(required = false) UUID meetingId, @RequestParam(required = false) CaseType caseType,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, "case.selection.done",
				() -> cases.select(new CaseId(id), decision, meetingId, caseType, reason));
	}

	@PostMapping("/plans/{planId}/submit")
	String submitPlan(@PathVariable UUID planId, Model model, RedirectAttributes redirect) {
		var caseId = plans.visible(planId).caseId();
		return step(caseId, model, redirect, "case.plan.submitted", () -> plans.submit(planId));
	}

	@PostMapping("/plans/{planId}/approve")
	String approvePlan(@PathVariable UUID planId, Model model, RedirectAttributes redirect) {
		var caseId = plans.visible(planId).caseId();
		return step(caseId, model, redirect, "case.plan.approved", () -> plans.approve(planId));
	}

	@PostMapping("/plans/{planId}/reject")
	String rejectPlan(@PathVariable UUID planId, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		var caseId = plans.visible(planId).caseId();
		return step(caseId, model, redirect, "case.plan.rejected", () -> plans.reject(planId, reason));
	}

	@PostMapping("/plans/{planId}/consent")
	String consentPlan(@PathVariable UUID planId, @RequestParam(required = false) String clientSignedOn,
			@RequestParam(required = false) String providerConsentOn, Model model, RedirectAttributes redirect) {
		var caseId = plans.visible(planId).caseId();
		return step(caseId, model, redirect, "case.plan.consented", () -> plans.consent(planId,
				date(clientSignedOn, "clientSignedOn"), date(providerConsentOn, "providerConsentOn")));
	}

	@PostMapping("/cases/{id}/closure/approve")
	String approveClosure(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, "case.closure.approved", () -> closures.approve(new CaseId(id)));
	}

	@PostMapping("/cases/{id}/closure/reject")
	String rejectClosure(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		return step(id, model, redirect, "case.closure.rejected", () -> closures.reject(new CaseId(id), reason));
	}

	@PostMapping("/cases/{id}/referrals")
	String refer(@PathVariable UUID id, @RequestParam(required = false) ReferralRules.Program program,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, "case.referral.done", () -> referrals.refer(new CaseId(id), program, reason));
	}

	@PostMapping("/referrals/{referralId}/answer")
	String answer(@PathVariable UUID referralId, @RequestParam UUID caseId, @RequestParam(required = false) String answeredOn,
			@RequestParam(required = false) String answer, Model model, RedirectAttributes redirect) {
		return step(caseId, model, redirect, "case.referral.answered",
				() -> referrals.answer(referralId, date(answeredOn, "answeredOn"), answer));
	}

	@PostMapping("/cases/{id}/co-managers")
	String addCoManager(@PathVariable UUID id, @RequestParam(required = false) String username,
			@RequestParam(required = false) UUID meetingId, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, "case.coManager.added", () -> {
			var user = username == null ? null : users.findByUsername(username.strip()).orElse(null);
			if (user == null) {
				throw ValidationFailed.of("username", "validation.case.assignee-unknown");
			}
			cases.addCoManager(new CaseId(id), user.id(), meetingId);
		});
	}

	@PostMapping("/cases/{id}/transfer")
	String transfer(@PathVariable UUID id, @RequestParam(required = false) String toOrgUnitCode,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, "case.transfer.done", () -> cases.transfer(new CaseId(id), toOrgUnitCode, reason));
	}

	// --- assessment

	@GetMapping("/cases/{id}/assessments/new")
	String assessmentForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Map.of("date", today().toString()));
		return assessmentPage(id, model);
	}

	private String assessmentPage(UUID id, Model model) {
		var detail = queries.detail(new CaseId(id), "욕구·위기도 조사 화면");
		model.addAttribute("c", detail.file());
		model.addAttribute("person", detail.person());
		model.addAttribute("domains", domains.all());
		model.addAttribute("scale", domains.crisisScale());
		model.addAttribute("members", persons.household(detail.person().householdId()).map(h -> h.members()).orElse(List.of()));
		return "casework/assessment";
	}

	@PostMapping("/cases/{id}/assessments/new")
	String assess(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			List<Assessment.Item> items = new ArrayList<>();
			for (var domain : domains.all()) {
				var need = form.getFirst("need_" + domain.code());
				var score = form.getFirst("score_" + domain.code());
				if ((need == null || need.isBlank()) && (score == null || score.isBlank())) {
					continue;
				}
				var member = form.getFirst("member_" + domain.code());
				var agreed = form.getFirst("agreed_" + domain.code());
				items.add(new Assessment.Item(domain.code(), member == null || member.isBlank() ? null : UUID.fromString(member),
						need, score == null || score.isBlank() ? 0 : integer(score, "score_" + domain.code()),
						form.getFirst("client_" + domain.code()), form.getFirst("manager_" + domain.code()),
						agreed == null || agreed.isBlank() ? null : integer(agreed, "agreed_" + domain.code())));
			}
			assessments.record(new CaseId(id), date(form.getFirst("date"), "date"), items);
			redirect.addFlashAttribute("notice", "case.assessment.recorded");
			return "redirect:/cases/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("step", List.of(messages.get(violation.messageKey()))));
		}
		model.addAttribute("form", form.toSingleValueMap());
		return assessmentPage(id, model);
	}

	// --- meeting

	@GetMapping("/cases/{id}/meetings/new")
	String meetingForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Map.of("date", today().toString(), "kind", "INTERNAL"));
		return meetingPage(id, model);
	}

	private String meetingPage(UUID id, Model model) {
		var detail = queries.detail(new CaseId(id), "사례회의 화면");
		model.addAttribute("c", detail.file());
		model.addAttribute("person", detail.person());
		model.addAttribute("colleagues", colleagues(detail.file().officeCode(), detail.file().districtCode()));
		model.addAttribute("kinds", List.of("INTERNAL", "INTEGRATED", "DISTRICT"));
		return "casework/meeting";
	}

	@PostMapping("/cases/{id}/meetings/new")
	String holdMeeting(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			List<MeetingService.Participant> participants = new ArrayList<>();
			var staff = form.get("staff");
			if (staff != null) {
				for (var userId : staff) {
					users.find(UserId.of(userId)).ifPresent(u -> participants.add(new MeetingService.Participant(u.name(),
							units.find(u.grants().get(0).orgUnitCode()).map(OrgUnit::name).orElse("-"), null, u.id().value())));
				}
			}
			for (int i = 0; i < 4; i++) {
				var name = form.getFirst("outsider_name_" + i);
				if (name != null && !name.isBlank()) {
					participants.add(new MeetingService.Participant(name, form.getFirst("outsider_agency_" + i),
							form.getFirst("outsider_role_" + i), null));
				}
			}
			meetings.hold(new MeetingService.NewMeeting(form.getFirst("kind"), date(form.getFirst("date"), "date"),
					form.containsKey("written"), participants, List.of(new MeetingService.CaseMinutes(id,
							form.getFirst("discussion"), form.getFirst("decisions"), form.getFirst("roles"),
							form.getFirst("nextSteps")))));
			redirect.addFlashAttribute("notice", "case.meeting.recorded");
			return "redirect:/cases/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("step", List.of(messages.get(violation.messageKey()))));
		}
		model.addAttribute("form", form.toSingleValueMap());
		return meetingPage(id, model);
	}

	// --- plan

	static final int GOAL_ROWS = 6;
	static final int SERVICE_ROWS = 5;

	@GetMapping("/cases/{id}/plans/new")
	String planForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Map.of());
		return planPage(id, null, model);
	}

	@GetMapping("/plans/{planId}/edit")
	String planEdit(@PathVariable UUID planId, Model model) {
		var plan = plans.visible(planId);
		Map<String, String> form = new HashMap<>();
		for (int i = 0; i < plan.goals().size() && i < GOAL_ROWS; i++) {
			var g = plan.goals().get(i);
			form.put("goal_domain_" + i, g.domainCode());
			form.put("goal_term_" + i, g.term().name());
			form.put("goal_text_" + i, g.text());
		}
		for (int i = 0; i < plan.services().size() && i < SERVICE_ROWS; i++) {
			var s = plan.services().get(i);
			form.put("service_provider_" + i, s.provider());
			form.put("service_content_" + i, s.content());
			form.put("service_frequency_" + i, s.frequency());
			form.put("service_from_" + i, s.from().toString());
			form.put("service_to_" + i, s.to().toString());
		}
		form.put("version", Integer.toString(plan.version()));
		model.addAttribute("form", form);
		return planPage(plan.caseId(), plan, model);
	}

	private String planPage(UUID caseId, ServicePlan plan, Model model) {
		var detail = queries.detail(new CaseId(caseId), "서비스 제공계획 화면");
		model.addAttribute("c", detail.file());
		model.addAttribute("person", detail.person());
		model.addAttribute("plan", plan);
		model.addAttribute("simplified", detail.file().selection() == Selection.SERVICE_LINK);
		model.addAttribute("domains", domains.all());
		model.addAttribute("terms", ServicePlan.Term.values());
		model.addAttribute("goalRows", IntStream.range(0, GOAL_ROWS).boxed().toList());
		model.addAttribute("serviceRows", IntStream.range(0, SERVICE_ROWS).boxed().toList());
		model.addAttribute("today", today());
		return "casework/plan";
	}

	@PostMapping({ "/cases/{id}/plans/new", "/plans/{planId}/edit" })
	String savePlan(@PathVariable(required = false) UUID id, @PathVariable(required = false) UUID planId,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		var existing = planId == null ? null : plans.visible(planId);
		var caseId = existing == null ? id : existing.caseId();
		try {
			List<ServicePlan.Goal> goals = new ArrayList<>();
			for (int i = 0; i < GOAL_ROWS; i++) {
				var text = form.getFirst("goal_text_" + i);
				if (text != null && !text.isBlank()) {
					var term = form.getFirst("goal_term_" + i);
					goals.add(new ServicePlan.Goal(form.getFirst("goal_domain_" + i),
							term == null || term.isBlank() ? null : ServicePlan.Term.valueOf(term), text));
				}
			}
			List<ServicePlan.Service> services = new ArrayList<>();
			for (int i = 0; i < SERVICE_ROWS; i++) {
				var provider = form.getFirst("service_provider_" + i);
				var content = form.getFirst("service_content_" + i);
				if ((provider != null && !provider.isBlank()) || (content != null && !content.isBlank())) {
					services.add(new ServicePlan.Service(provider, content, form.getFirst("service_frequency_" + i),
							date(form.getFirst("service_from_" + i), "services[" + services.size() + "].from"),
							date(form.getFirst("service_to_" + i), "services[" + services.size() + "].to"), null));
				}
			}
			if (existing == null) {
				plans.draft(new CaseId(caseId), goals, services);
			}
			else {
				plans.revise(planId, integer(form.getFirst("version"), "version"), goals, services);
			}
			redirect.addFlashAttribute("notice", "case.plan.saved");
			return "redirect:/cases/" + caseId;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("step", List.of(messages.get(violation.messageKey()))));
		}
		model.addAttribute("form", form.toSingleValueMap());
		return planPage(caseId, existing, model);
	}

	// --- check

	@GetMapping("/cases/{id}/checks/new")
	String checkForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Map.of("date", today().toString(), "actionNeeded", "NONE"));
		model.addAttribute("linkages", resources.linkagesOfCase(id));
		return simplePage(id, model, "casework/check", "서비스 점검 화면");
	}

	@PostMapping("/cases/{id}/checks/new")
	String check(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return submit(id, form, model, redirect, "case.check.recorded", "casework/check",
				() -> checks.record(new CaseId(id), new CheckService.NewCheck(date(form.get("date"), "date"),
						form.get("method"), form.get("clientChange"), form.get("participation"), form.get("adequacy"),
						optionalInteger(form.get("satisfaction"), "satisfaction"), form.get("actionNeeded"),
						form.get("providerPlanVsActual"), form.get("providerChanges"), form.get("providerCooperation"))));
	}

	// --- closure

	@GetMapping("/cases/{id}/closure/new")
	String closureForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", Map.of("plannedOn", today().toString()));
		return simplePage(id, model, "casework/closure", "종결 등록 화면");
	}

	@PostMapping("/cases/{id}/closure/new")
	String requestClosure(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		return submit(id, form, model, redirect, "case.closure.requested", "casework/closure",
				() -> closures.request(new CaseId(id), new ClosureService.ClosureRequest(
						form.get("type") == null || form.get("type").isBlank() ? null : ClosureType.valueOf(form.get("type")),
						form.get("reason"), form.get("meetingId") == null || form.get("meetingId").isBlank() ? null
								: UUID.fromString(form.get("meetingId")),
						date(form.get("plannedOn"), "plannedOn"), form.containsKey("shortTermGoalsOnly"),
						date(form.get("refusedSince"), "refusedSince"), form.get("goalAttainment"), form.get("change"),
						form.get("followUpPlan"))));
	}

	// --- follow-up

	@PostMapping("/follow-ups/{followUpId}")
	String followUp(@PathVariable UUID followUpId, @RequestParam UUID caseId, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		return step(caseId, model, redirect, "case.followUp.recorded", () -> closures.recordFollowUp(followUpId,
				new ClosureService.FollowUpResult(date(form.get("date"), "date"), form.get("result"),
						optionalInteger(form.get("satisfaction"), "satisfaction"), form.containsKey("reentry"),
						form.get("reentryDomain"))));
	}

	// --- helpers

	private String simplePage(UUID id, Model model, String template, String purpose) {
		var detail = queries.detail(new CaseId(id), purpose);
		model.addAttribute("d", detail);
		model.addAttribute("c", detail.file());
		model.addAttribute("person", detail.person());
		model.addAttribute("today", today());
		return template;
	}

	private String submit(UUID id, Map<String, String> form, Model model, RedirectAttributes redirect, String notice,
			String template, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/cases/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("step", List.of(messages.get(violation.messageKey()))));
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("errors", Map.of("step", List.of(messages.get("validation.invalid"))));
		}
		model.addAttribute("form", form);
		return simplePage(id, model, template, "입력 화면 재표시");
	}

	private Map<String, String> domainNames() {
		Map<String, String> names = new LinkedHashMap<>();
		domains.all().forEach(d -> names.put(d.code(), d.name()));
		return names;
	}

	private Map<String, String> userNames(CaseQueries.CaseDetail detail) {
		Map<String, String> names = new HashMap<>();
		if (detail.file().assignee() != null) {
			users.find(new UserId(detail.file().assignee())).ifPresent(u -> names.put(u.id().toString(), u.name()));
		}
		detail.coManagers().forEach(m -> users.find(new UserId(m.userId())).ifPresent(u -> names.put(u.id().toString(),
				u.name() + (m.agency() != null ? " (" + messages.get("role.PARTNER_CASE_MANAGER") + ")" : ""))));
		return names;
	}

	private List<UserSummary> candidates(String officeCode, Role role, String districtCode) {
		var unit = role == Role.DISTRICT_SUPPORT ? districtCode : officeCode;
		List<UserSummary> list = new ArrayList<>(users.withRoleAt(role, unit));
		if (role == Role.SOCIAL_WORKER) {
			users.withRoleAt(Role.TEAM_LEAD, officeCode).forEach(list::add);
		}
		return list;
	}

	private List<UserSummary> colleagues(String officeCode, String districtCode) {
		Map<String, UserSummary> all = new LinkedHashMap<>();
		for (var role : List.of(Role.TEAM_LEAD, Role.SOCIAL_WORKER, Role.NURSE, Role.WELFARE_ADMIN, Role.OFFICE_HEAD)) {
			users.withRoleAt(role, officeCode).forEach(u -> all.putIfAbsent(u.id().toString(), u));
		}
		users.withRoleAt(Role.DISTRICT_SUPPORT, districtCode).forEach(u -> all.putIfAbsent(u.id().toString(), u));
		users.withRoleAt(Role.PARTNER_CASE_MANAGER, districtCode).forEach(u -> all.putIfAbsent(u.id().toString(), u));
		return List.copyOf(all.values());
	}

	private static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (RuntimeException e) {
			throw ValidationFailed.of(field, "validation.invalid");
		}
	}

	private static int integer(String value, String field) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (RuntimeException e) {
			throw ValidationFailed.of(field, "validation.invalid");
		}
	}

	private static Integer optionalInteger(String value, String field) {
		return value == null || value.isBlank() ? null : integer(value, field);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem casesNavItem() {
			return new NavItem("nav.cases", "/cases", 20, Set.of("SOCIAL_WORKER", "NURSE", "TEAM_LEAD", "OFFICE_HEAD",
					"WELFARE_ADMIN", "DISTRICT_SUPPORT", "PARTNER_CASE_MANAGER"));
		}
	}

}
