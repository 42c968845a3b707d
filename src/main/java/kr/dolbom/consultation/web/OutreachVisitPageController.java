package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

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

import kr.dolbom.consultation.ConsultationSummary;
import kr.dolbom.consultation.NeedDomains;
import kr.dolbom.consultation.internal.OutreachVisit;
import kr.dolbom.consultation.internal.OutreachVisitService;
import kr.dolbom.consultation.internal.VisitProgressService;
import kr.dolbom.consultation.internal.VisitTargetGroup;
import kr.dolbom.consultation.internal.VisitTargetService;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.UserSummary;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.Messages;
import kr.dolbom.shared.web.NavItem;

/**
 * The outreach pages: the monthly target list with the plan form, the visit calendar, the visit record
 * (notice, appointment, who goes, risk check, consultation and decision) and the progress against targets.
 */
@Controller
class OutreachVisitPageController {

	private final VisitTargetService targets;
	private final OutreachVisitService visits;
	private final VisitProgressService progress;
	private final NeedDomains domains;
	private final Persons persons;
	private final OrgUnits units;
	private final CurrentUser currentUser;
	private final Messages messages;
	private final Clock clock;

	OutreachVisitPageController(VisitTargetService targets, OutreachVisitService visits, VisitProgressService progress,
			NeedDomains domains, Persons persons, OrgUnits units, CurrentUser currentUser, Messages messages, Clock clock) {
		this.targets = targets;
		this.visits = visits;
		this.progress = progress;
		this.domains = domains;
		this.persons = persons;
		this.units = units;
		this.currentUser = currentUser;
		this.messages = messages;
		this.clock = clock;
	}

	/** The caller's own office when none is asked for (the home unit, else the first office of the scope). */
	String office(String office) {
		if (office != null && !office.isBlank()) {
			return office.strip();
		}
		var user = currentUser.get();
		return user.homeUnitCode().filter(user.scope()::coversOffice)
				.orElseGet(() -> user.scope().offices().stream().sorted().findFirst().orElse(""));
	}

	private void officeChoices(Model model, String office) {
		model.addAttribute("office", office);
		model.addAttribute("officeName", units.find(office).map(OrgUnit::name).orElse(office));
		model.addAttribute("offices", currentUser.get().scope().offices().stream().sorted()
				.map(c -> units.find(c).orElse(null)).filter(u -> u != null).toList());
	}

	@GetMapping("/outreach/targets")
	String targets(@RequestParam(required = false) String office, @RequestParam(required = false) String month,
			@RequestParam(required = false) VisitTargetGroup group, Model model) {
		var code = office(office);
		var m = VisitTargetApiController.month(month, clock);
		var g = group == null ? VisitTargetGroup.TURNING_65 : group;
		model.addAttribute("rows", targets.list(code, m, g));
		model.addAttribute("month", m.toString());
		model.addAttribute("group", g);
		model.addAttribute("groups", VisitTargetGroup.values());
		model.addAttribute("visitors", visits.visitorsOf(code));
		model.addAttribute("me", currentUser.get().id().value());
		var first = m.atDay(1);
		var today = LocalDate.now(clock);
		model.addAttribute("plannedOn", (first.isBefore(today) ? today : first).toString());
		officeChoices(model, code);
		return "consultation/outreach-targets";
	}

	@PostMapping("/outreach/targets/plan")
	String plan(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		var group = VisitTargetGroup.valueOf(form.getFirst("group"));
		var office = form.getFirst("office");
		var month = form.getFirst("month");
		try {
			List<UUID> staff = new ArrayList<>();
			staff.add(currentUser.get().id().value());
			var partner = form.getFirst("partner");
			if (partner != null && !partner.isBlank()) {
				staff.add(UUID.fromString(partner));
			}
			var plannedOn = date(form.getFirst("plannedOn"), "plannedOn");
			boolean health = form.containsKey("healthNeed");
			List<OutreachVisitService.NewVisit> planned = new ArrayList<>();
			for (var id : form.getOrDefault("pick", List.of())) {
				planned.add(new OutreachVisitService.NewVisit(PersonId.of(id), group, plannedOn, staff, health));
			}
			var created = visits.plan(planned);
			redirect.addFlashAttribute("notice", "visit.planned");
			redirect.addFlashAttribute("plannedCount", created.size());
			return "redirect:/outreach/visits?office=" + office + "&month=" + YearMonth.from(plannedOn);
		}
		catch (ValidationFailed | DomainRuleViolation e) {
			flashErrors(redirect, e);
			return "redirect:/outreach/targets?office=" + office + "&month=" + month + "&group=" + group;
		}
	}

	@GetMapping("/outreach/visits")
	String calendar(@RequestParam(required = false) String office, @RequestParam(required = false) String month,
			Model model) {
		var code = office(office);
		var m = month == null || month.isBlank() ? YearMonth.now(clock) : VisitTargetApiController.month(month, clock);
		var list = visits.ofMonth(code, m);
		Map<LocalDate, List<OutreachVisit>> byDay = new TreeMap<>();
		list.forEach(v -> byDay.computeIfAbsent(v.visitedOn() != null ? v.visitedOn() : v.plannedOn(), d -> new ArrayList<>()).add(v));
		model.addAttribute("byDay", byDay);
		model.addAttribute("names", names(list));
		model.addAttribute("staffNames", staffNames(list));
		model.addAttribute("month", m.toString());
		model.addAttribute("previous", m.minusMonths(1).toString());
		model.addAttribute("next", m.plusMonths(1).toString());
		officeChoices(model, code);
		return "consultation/outreach-visits";
	}

	@GetMapping("/outreach/visits/{id}")
	String visit(@PathVariable UUID id, Model model) {
		var v = visits.get(id);
		model.addAttribute("visit", v);
		var person = v.personId() == null ? null : persons.find(v.personId()).orElse(null);
		model.addAttribute("person", person);
		model.addAttribute("household", persons.household(v.householdId()).orElse(null));
		model.addAttribute("staffNames", staffNames(List.of(v)));
		model.addAttribute("staffIds", v.staff().stream().map(s -> s.userId().toString()).toList());
		model.addAttribute("visitors", visits.visitorsOf(v.officeCode()));
		model.addAttribute("domains", domains.all());
		model.addAttribute("today", LocalDate.now(clock).toString());
		model.addAttribute("cleared", v.riskCheck() != null && v.safeToVisitWith(v.staff().size(), v.policeEscort()));
		model.addAttribute("noticeMethods", OutreachVisit.NoticeMethod.values());
		model.addAttribute("decisions", OutreachVisit.Decision.values());
		return "consultation/outreach-visit";
	}

	@PostMapping("/outreach/visits/{id}/notice")
	String notice(@PathVariable UUID id, @RequestParam(required = false) String sentOn,
			@RequestParam(required = false) OutreachVisit.NoticeMethod method, RedirectAttributes redirect) {
		return act(id, redirect, "visit.notice.saved", () -> visits.noticeSent(id, date(sentOn, "sentOn"), method));
	}

	@PostMapping("/outreach/visits/{id}/appointment")
	String appointment(@PathVariable UUID id, @RequestParam(required = false) String at, RedirectAttributes redirect) {
		return act(id, redirect, "visit.appointment.saved", () -> visits.appointment(id, dateTime(at)));
	}

	@PostMapping("/outreach/visits/{id}/staff")
	String staff(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		return act(id, redirect, "visit.staff.saved", () -> visits.changeStaff(id, uuids(form.get("staff")),
				form.containsKey("healthNeed")));
	}

	@PostMapping("/outreach/visits/{id}/risk-check")
	String riskCheck(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		return act(id, redirect, "visit.risk.saved", () -> visits.riskCheck(id, new OutreachVisitService.RiskCheckInput(
				form.containsKey("violence"), form.containsKey("alcohol"), form.containsKey("infection"),
				form.containsKey("priorIncident"), form.getFirst("note"), form.containsKey("policeEscort"))));
	}

	@PostMapping("/outreach/visits/{id}/departure")
	String depart(@PathVariable UUID id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		var target = act(id, redirect, "visit.departed", () -> visits.depart(id));
		return "board".equals(back) ? "redirect:/outreach/board" : target;
	}

	@PostMapping("/outreach/visits/{id}/return")
	String returned(@PathVariable UUID id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		var target = act(id, redirect, "visit.returned", () -> visits.returned(id));
		return "board".equals(back) ? "redirect:/outreach/board" : target;
	}

	@PostMapping("/outreach/visits/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, "visit.cancelled", () -> visits.cancel(id, reason));
	}

	@PostMapping("/outreach/visits/{id}/record")
	String record(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		return act(id, redirect, "visit.recorded", () -> {
			List<ConsultationSummary.Problem> problems = new ArrayList<>();
			for (var domain : domains.all()) {
				var problem = form.getFirst("problem_" + domain.code());
				if (problem != null && !problem.isBlank()) {
					problems.add(new ConsultationSummary.Problem(domain.code(), problem, null, null));
				}
			}
			var decision = form.getFirst("decision");
			return visits.record(id, new OutreachVisitService.VisitRecord(date(form.getFirst("visitedOn"), "visitedOn"),
					uuids(form.get("staff")), form.containsKey("policeEscort") ? Boolean.TRUE : null, problems,
					form.getFirst("summary"), form.getFirst("wantedHelp"),
					decision == null || decision.isBlank() ? null : OutreachVisit.Decision.valueOf(decision),
					form.getFirst("decisionNote")));
		});
	}

	@GetMapping("/outreach/progress")
	String progress(@RequestParam(required = false) String office, @RequestParam(required = false) String month,
			Model model) {
		var code = office(office);
		var m = month == null || month.isBlank() ? YearMonth.now(clock) : VisitTargetApiController.month(month, clock);
		model.addAttribute("progress", progress.progress(code, m));
		model.addAttribute("month", m.toString());
		model.addAttribute("me", currentUser.get().id().value());
		officeChoices(model, code);
		return "consultation/outreach-progress";
	}

	private String act(UUID id, RedirectAttributes redirect, String notice, java.util.function.Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ValidationFailed | DomainRuleViolation e) {
			flashErrors(redirect, e);
		}
		return "redirect:/outreach/visits/" + id;
	}

	private void flashErrors(RedirectAttributes redirect, RuntimeException e) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (e instanceof ValidationFailed failure) {
			failure.problems().forEach(p -> errors.computeIfAbsent(p.field(), k -> new ArrayList<>())
					.add(messages.get(p.messageKey(), p.arguments())));
		}
		else if (e instanceof DomainRuleViolation violation) {
			errors.put("rule", List.of(messages.get(violation.messageKey(), violation.arguments())));
		}
		redirect.addFlashAttribute("errors", errors);
	}

	private Map<UUID, String> names(List<OutreachVisit> list) {
		Map<UUID, String> names = new HashMap<>();
		var ids = list.stream().map(OutreachVisit::personId).filter(p -> p != null).distinct().toList();
		persons.findAll(ids).forEach(p -> names.put(p.id().value(), p.name()));
		return names;
	}

	private Map<UUID, String> staffNames(List<OutreachVisit> list) {
		Map<UUID, String> names = new HashMap<>();
		list.stream().flatMap(v -> v.staff().stream()).map(OutreachVisit.Staff::userId).distinct()
				.forEach(u -> names.put(u, visits.user(u).map(UserSummary::name).orElse("?")));
		return names;
	}

	private static List<UUID> uuids(List<String> values) {
		List<UUID> ids = new ArrayList<>();
		for (var v : values == null ? List.<String>of() : values) {
			try {
				ids.add(UUID.fromString(v));
			}
			catch (IllegalArgumentException e) {
				throw ValidationFailed.of("staff", "validation.invalid");
			}
		}
		return ids;
	}

	static LocalDate date(String value, String field) {
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

	private static LocalDateTime dateTime(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip());
		}
		catch (RuntimeException e) {
			throw ValidationFailed.of("at", "validation.invalid");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		private static final Set<String> VISITING = Set.of("SOCIAL_WORKER", "NURSE", "TEAM_LEAD", "OFFICE_HEAD",
				"DISTRICT_SUPPORT");

		@Bean
		NavItem outreachTargetsNav() {
			return new NavItem("visit.nav.targets", "/outreach/targets", 25, VISITING);
		}

		@Bean
		NavItem outreachBoardNav() {
			return new NavItem("visit.nav.board", "/outreach/board", 26, VISITING);
		}

		@Bean
		NavItem outreachProgressNav() {
			return new NavItem("visit.nav.progress", "/outreach/progress", 27, Set.of("SOCIAL_WORKER", "NURSE",
					"TEAM_LEAD", "OFFICE_HEAD", "DISTRICT_SUPPORT", "SUPERVISOR"));
		}

		@Bean
		NavItem outreachIncidentsNav() {
			return new NavItem("visit.nav.incidents", "/outreach/incidents", 28, VISITING);
		}
	}
}
