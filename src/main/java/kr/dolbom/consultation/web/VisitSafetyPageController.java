package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.consultation.internal.IncidentForms;
import kr.dolbom.consultation.internal.IncidentReport;
import kr.dolbom.consultation.internal.IncidentReportService;
import kr.dolbom.consultation.internal.OutreachVisit;
import kr.dolbom.consultation.internal.OutreachVisitService;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Role;
import kr.dolbom.org.UserSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.Messages;

/** Visit safety pages (appendix 3–4): the team visit board and the incident reports. */
@Controller
class VisitSafetyPageController {

	private final OutreachVisitService visits;
	private final IncidentReportService incidents;
	private final IncidentForms forms;
	private final Persons persons;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Messages messages;
	private final Clock clock;

	VisitSafetyPageController(OutreachVisitService visits, IncidentReportService incidents, IncidentForms forms,
			Persons persons, CurrentUser currentUser, FormErrors formErrors, Messages messages, Clock clock) {
		this.visits = visits;
		this.incidents = incidents;
		this.forms = forms;
		this.persons = persons;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/outreach/board")
	String board(@RequestParam(required = false) String date, Model model) {
		var day = date == null || date.isBlank() ? LocalDate.now(clock) : OutreachVisitPageController.date(date, "date");
		var list = visits.board(day);
		Map<UUID, String> names = new HashMap<>();
		Map<UUID, String> addresses = new HashMap<>();
		for (var v : list) {
			if (v.personId() != null) {
				persons.find(v.personId()).ifPresent(p -> names.put(v.id(), p.maskedName()));
			}
			persons.household(v.householdId()).ifPresent(h -> addresses.put(v.id(), h.addressLine()));
		}
		Map<UUID, String> staffNames = new HashMap<>();
		list.stream().flatMap(v -> v.staff().stream()).map(OutreachVisit.Staff::userId).distinct()
				.forEach(u -> staffNames.put(u, visits.user(u).map(UserSummary::name).orElse("?")));
		model.addAttribute("visits", list);
		model.addAttribute("names", names);
		model.addAttribute("addresses", addresses);
		model.addAttribute("staffNames", staffNames);
		model.addAttribute("date", day.toString());
		model.addAttribute("today", day.equals(LocalDate.now(clock)));
		return "consultation/outreach-board";
	}

	@GetMapping("/outreach/incidents")
	String incidents(Model model) {
		model.addAttribute("incidents", incidents.list());
		return "consultation/incidents";
	}

	@GetMapping("/outreach/incidents/new")
	String newIncident(@RequestParam(required = false) UUID visitId, Model model) {
		model.addAttribute("form", Map.of("visitId", visitId == null ? "" : visitId.toString(), "occurredAt",
				LocalDateTime.now(clock).withSecond(0).withNano(0).toString()));
		return "consultation/incident-new";
	}

	@PostMapping("/outreach/incidents/new")
	String report(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			var visitId = form.getFirst("visitId");
			var report = incidents.report(new IncidentReportService.NewIncident(
					visitId == null || visitId.isBlank() ? null : UUID.fromString(visitId),
					currentUser.get().homeUnitCode().orElse(null), null, dateTime(form.getFirst("occurredAt")),
					form.getFirst("place"), form.getFirst("peopleInvolved"), form.getFirst("supervisor"),
					form.getFirst("damageSummary"), form.getFirst("riskDetail"), form.getFirst("damageExtent"),
					form.getFirst("clientBehaviour"), form.getFirst("bystanderBehaviour"), form.getFirst("staffReaction"),
					form.getFirst("witnessAccount"), form.containsKey("policeReported"), form.getFirst("outcome")));
			redirect.addFlashAttribute("notice", "incident.reported");
			return "redirect:/outreach/incidents/" + report.id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			return "consultation/incident-new";
		}
	}

	@GetMapping("/outreach/incidents/{id}")
	String incident(@PathVariable UUID id, Model model) {
		IncidentReport report = incidents.get(id);
		model.addAttribute("report", report);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("place", report.place());
		fields.put("peopleInvolved", report.peopleInvolved());
		fields.put("supervisor", report.supervisor());
		fields.put("damageSummary", report.damageSummary());
		fields.put("riskDetail", report.riskDetail());
		fields.put("damageExtent", report.damageExtent());
		fields.put("clientBehaviour", report.clientBehaviour());
		fields.put("bystanderBehaviour", report.bystanderBehaviour());
		fields.put("staffReaction", report.staffReaction());
		fields.put("witnessAccount", report.witnessAccount());
		fields.put("supervisorPlan", report.supervisorPlan());
		fields.put("outcome", report.outcome());
		model.addAttribute("fields", fields);
		model.addAttribute("reporter", visits.user(report.reportedBy()).map(UserSummary::name).orElse(""));
		model.addAttribute("mayReview", currentUser.get().hasAnyRole(Role.TEAM_LEAD, Role.OFFICE_HEAD, Role.DISTRICT_SUPPORT));
		return "consultation/incident";
	}

	@PostMapping("/outreach/incidents/{id}/review")
	String review(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String supervisorPlan,
			@RequestParam(required = false) String outcome, RedirectAttributes redirect) {
		try {
			incidents.review(id, version, supervisorPlan, outcome);
			redirect.addFlashAttribute("notice", "incident.reviewed");
		}
		catch (ValidationFailed | DomainRuleViolation e) {
			Map<String, List<String>> errors = new LinkedHashMap<>();
			if (e instanceof ValidationFailed failure) {
				failure.problems().forEach(p -> errors.computeIfAbsent(p.field(), k -> new ArrayList<>())
						.add(messages.get(p.messageKey(), p.arguments())));
			}
			else {
				errors.put("version", List.of(messages.get(((DomainRuleViolation) e).messageKey())));
			}
			redirect.addFlashAttribute("errors", errors);
		}
		return "redirect:/outreach/incidents/" + id;
	}

	/** The "인쇄" link of the incident page. */
	@GetMapping("/outreach/incidents/{id}/forms/incident-report.pdf")
	ResponseEntity<byte[]> print(@PathVariable UUID id) {
		var printed = forms.incidentReport(id, null);
		return Downloads.pdf(printed.fileName(), printed.pdf());
	}

	private static LocalDateTime dateTime(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip());
		}
		catch (RuntimeException e) {
			throw ValidationFailed.of("occurredAt", "validation.invalid");
		}
	}
}
