package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.Selection;
import kr.dolbom.casework.domain.CaseFile;
import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.consultation.NeedDomains;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.StaleVersionException;
import kr.dolbom.shared.ValidationFailed;

/**
 * 서비스 제공계획 (domain.md §4.7): drafted by the case manager, submitted, approved or rejected by
 * the team lead, consented by provider (by phone, recorded) and client (signature). An approved,
 * consented plan moves the case to PLANNED; a changed plan is a new plan that needs consent again.
 */
@Service
public class PlanService {

	private final PlanRepository plans;
	private final CaseRepository cases;
	private final CaseGuard guard;
	private final CaseDeadlines deadlines;
	private final NeedDomains domains;
	private final Clock clock;

	PlanService(PlanRepository plans, CaseRepository cases, CaseGuard guard, CaseDeadlines deadlines,
			NeedDomains domains, Clock clock) {
		this.plans = plans;
		this.cases = cases;
		this.guard = guard;
		this.deadlines = deadlines;
		this.domains = domains;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional
	public ServicePlan draft(CaseId caseId, List<ServicePlan.Goal> goals, List<ServicePlan.Service> services) {
		var c = guard.asManager(caseId);
		c.requirePlanAllowed();
		var existing = plans.of(cases.chain(c));
		if (existing.stream().anyMatch(p -> p.status() == ServicePlan.Status.DRAFT
				|| p.status() == ServicePlan.Status.SUBMITTED || p.status() == ServicePlan.Status.REJECTED)) {
			throw new DomainRuleViolation("plan-in-progress");
		}
		boolean simplified = c.selection() == Selection.SERVICE_LINK;
		validate(simplified, goals, services);
		var plan = new ServicePlan(Ids.newId(), c.id().value(), simplified, ServicePlan.Status.DRAFT, clean(goals),
				cleanServices(services), null, null, null, c.activePlanId(), 0);
		plans.insert(plan, guard.user().id().value(), OffsetDateTime.now(clock));
		guard.history(c, c.activePlanId() == null ? "PLAN_DRAFT" : "PLAN_REVISION", "목표 " + plan.goals().size()
				+ " · 서비스 " + plan.services().size());
		guard.logChange(c, "서비스 제공계획 작성");
		return plan;
	}

	@Transactional
	public ServicePlan revise(UUID planId, int version, List<ServicePlan.Goal> goals, List<ServicePlan.Service> services) {
		var plan = plan(planId);
		var c = guard.asManager(new CaseId(plan.caseId()));
		requireVersion(plan, version);
		validate(plan.simplified(), goals, services);
		plan.revise(clean(goals), cleanServices(services));
		plans.update(plan, OffsetDateTime.now(clock));
		guard.history(c, "PLAN_EDIT", planId.toString());
		return plan(planId);
	}

	@Transactional
	public ServicePlan submit(UUID planId) {
		var plan = plan(planId);
		var c = guard.asManager(new CaseId(plan.caseId()));
		plan.submit();
		plans.update(plan, OffsetDateTime.now(clock));
		guard.history(c, "PLAN_SUBMIT", planId.toString());
		return plan(planId);
	}

	/** The team lead checks the assessment, the goals and the plan (domain.md §4.7). */
	@Transactional
	public ServicePlan approve(UUID planId) {
		var plan = plan(planId);
		var c = guard.asLead(new CaseId(plan.caseId()));
		plan.approve();
		plans.update(plan, OffsetDateTime.now(clock));
		guard.history(c, "PLAN_APPROVE", planId.toString());
		guard.logChange(c, "서비스 제공계획 승인");
		return plan(planId);
	}

	@Transactional
	public ServicePlan reject(UUID planId, String reason) {
		var plan = plan(planId);
		var c = guard.asLead(new CaseId(plan.caseId()));
		if (reason == null || reason.isBlank()) {
			throw ValidationFailed.of("reason", "validation.required");
		}
		plan.reject(reason.strip());
		plans.update(plan, OffsetDateTime.now(clock));
		guard.history(c, "PLAN_REJECT", reason.strip());
		return plan(planId);
	}

	/** Client signature and provider consent; with both, the plan becomes the case's active plan. */
	@Transactional
	public ServicePlan consent(UUID planId, LocalDate clientSignedOn, LocalDate providerConsentOn) {
		var plan = plan(planId);
		var c = guard.asManager(new CaseId(plan.caseId()));
		var problems = new ValidationFailed.Collector()
				.rejectIf(clientSignedOn == null, "clientSignedOn", "validation.required")
				.rejectIf(providerConsentOn == null, "providerConsentOn", "validation.required")
				.rejectIf(clientSignedOn != null && clientSignedOn.isAfter(today()), "clientSignedOn", "validation.date.future")
				.rejectIf(providerConsentOn != null && providerConsentOn.isAfter(today()), "providerConsentOn",
						"validation.date.future")
				.rejectIf(clientSignedOn != null && clientSignedOn.isBefore(c.openedOn()), "clientSignedOn",
						"validation.case.before-intake");
		problems.throwIfAny();
		plan.consent(clientSignedOn, providerConsentOn);
		var now = OffsetDateTime.now(clock);
		plans.update(plan, now);
		boolean firstPlan = c.activePlanId() == null;
		c.planActivated(plan.id(), plan.firstServiceOn());
		cases.update(c, now);
		guard.history(c, "PLAN_CONSENT", "본인 서명 " + clientSignedOn + " · 제공기관 동의 " + providerConsentOn);
		guard.logChange(c, "서비스 제공계획 동의");
		if (firstPlan) {
			deadlines.planActivated(c, today(), plan.firstServiceOn());
		}
		return plan(planId);
	}

	ServicePlan plan(UUID id) {
		return plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
	}

	/** The plan, if the caller may see its case. */
	public ServicePlan visible(UUID id) {
		var plan = plan(id);
		guard.visible(new CaseId(plan.caseId()));
		return plan;
	}

	private void requireVersion(ServicePlan plan, int version) {
		if (plan.version() != version) {
			throw new StaleVersionException();
		}
	}

	/**
	 * A case-management plan needs at least one goal per domain it addresses, written from the
	 * client's perspective, and its services; a service-link plan (simplified) needs services only.
	 */
	void validate(boolean simplified, List<ServicePlan.Goal> goals, List<ServicePlan.Service> services) {
		var problems = new ValidationFailed.Collector()
				.rejectIf(!simplified && (goals == null || goals.isEmpty()), "goals", "validation.case.goals-required")
				.rejectIf(services == null || services.isEmpty(), "services", "validation.case.services-required");
		var goalList = goals == null ? List.<ServicePlan.Goal>of() : goals;
		for (int i = 0; i < goalList.size(); i++) {
			var g = goalList.get(i);
			problems.rejectIf(g.domainCode() == null || domains.find(g.domainCode()).isEmpty(), "goals[" + i + "].domain",
					"validation.domain.unknown");
			problems.rejectIf(g.term() == null, "goals[" + i + "].term", "validation.required");
			problems.rejectIf(g.text() == null || g.text().isBlank(), "goals[" + i + "].text", "validation.required");
			problems.rejectIf(g.text() != null && g.text().length() > 2000, "goals[" + i + "].text", "validation.too-long",
					2000);
		}
		var serviceList = services == null ? List.<ServicePlan.Service>of() : services;
		for (int i = 0; i < serviceList.size(); i++) {
			var s = serviceList.get(i);
			var f = "services[" + i + "]";
			problems.rejectIf(s.provider() == null || s.provider().isBlank(), f + ".provider", "validation.required");
			problems.rejectIf(s.content() == null || s.content().isBlank(), f + ".content", "validation.required");
			problems.rejectIf(s.frequency() == null || s.frequency().isBlank(), f + ".frequency", "validation.required");
			problems.rejectIf(s.from() == null, f + ".from", "validation.required");
			problems.rejectIf(s.to() == null, f + ".to", "validation.required");
			problems.rejectIf(s.from() != null && s.to() != null && s.to().isBefore(s.from()), f + ".to",
					"validation.case.period");
		}
		problems.throwIfAny();
	}

	private static List<ServicePlan.Goal> clean(List<ServicePlan.Goal> goals) {
		return goals == null ? List.of()
				: goals.stream().map(g -> new ServicePlan.Goal(g.domainCode(), g.term(), g.text().strip())).toList();
	}

	private static List<ServicePlan.Service> cleanServices(List<ServicePlan.Service> services) {
		return services.stream().map(s -> new ServicePlan.Service(s.provider().strip(), s.content().strip(),
				s.frequency().strip(), s.from(), s.to(), s.resourceServiceId())).toList();
	}

	CaseFile caseOf(ServicePlan plan) {
		return cases.find(new CaseId(plan.caseId())).orElseThrow();
	}
}
