package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.consultation.internal.AbuseCheckKind;
import kr.dolbom.consultation.internal.AbuseCheckService;
import kr.dolbom.consultation.internal.ConsultationService;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/** The abuse checklist pages: choose the checklist, answer every item, record the report when abuse is suspected. */
@Controller
class AbuseCheckPageController {

	private final AbuseCheckService checks;
	private final ConsultationService consultations;
	private final Persons persons;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Clock clock;

	AbuseCheckPageController(AbuseCheckService checks, ConsultationService consultations, Persons persons,
			CurrentUser currentUser, FormErrors formErrors, Clock clock) {
		this.checks = checks;
		this.consultations = consultations;
		this.persons = persons;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/abuse-checks/new")
	String form(@RequestParam UUID personId, @RequestParam(required = false) String kind, Model model) {
		model.addAttribute("form", Map.of("checkedOn", LocalDate.now(clock).toString(), "reportedAt",
				LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).toString()));
		return page(new PersonId(personId), DeskForms.parse(AbuseCheckKind.class, kind), model);
	}

	private String page(PersonId personId, AbuseCheckKind kind, Model model) {
		model.addAttribute("person", consultations.person(personId));
		model.addAttribute("kinds", AbuseCheckKind.values());
		model.addAttribute("kind", kind);
		return "consultation/abuse-new";
	}

	@PostMapping("/abuse-checks/new")
	String record(@RequestParam UUID personId, @RequestParam String kind, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		var checklist = DeskForms.parse(AbuseCheckKind.class, kind);
		try {
			Map<String, Boolean> answers = new HashMap<>();
			if (checklist != null) {
				for (var item : checklist.items()) {
					var answer = DeskForms.yesNo(form.getFirst("answer_" + item));
					if (answer != null) {
						answers.put(item, answer);
					}
				}
			}
			var reportedAt = DeskForms.dateTime(form.getFirst("reportedAt"), "report.reportedAt");
			var report = new AbuseCheckService.ReportRequest(
					reportedAt == null ? null : reportedAt.atZone(clock.getZone()).toOffsetDateTime(),
					DeskForms.parse(AbuseCheckKind.ReportChannel.class, form.getFirst("channel")), form.getFirst("reportedTo"),
					form.getFirst("reference"));
			// the prefilled time alone is not a report
			var anyReport = DeskForms.checked(form.getFirst("channel")) || DeskForms.checked(form.getFirst("reportedTo"))
					|| DeskForms.checked(form.getFirst("reference"));
			var recorded = checks.record(new AbuseCheckService.NewAbuseCheck(new PersonId(personId), checklist,
					DeskForms.date(form.getFirst("checkedOn"), "checkedOn"), answers, form.getFirst("note"),
					anyReport ? report : null));
			redirect.addFlashAttribute("notice", recorded.suspected() ? "abuse.recorded.suspected" : "abuse.recorded");
			return "redirect:/abuse-checks/" + recorded.id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			return page(new PersonId(personId), checklist, model);
		}
	}

	@GetMapping("/abuse-checks/{id}")
	String view(@PathVariable UUID id, Model model) {
		var check = checks.get(id);
		model.addAttribute("check", check);
		model.addAttribute("person", persons.find(new PersonId(check.personId())).orElseThrow());
		return "consultation/abuse-view";
	}

	@GetMapping("/abuse-checks")
	String list(@RequestParam(required = false, defaultValue = "false") boolean suspected,
			@RequestParam(required = false) Integer page, Model model) {
		var office = DeskForms.defaultOffice(currentUser.get());
		var result = office == null ? null : checks.list(office, suspected, Paging.of(page, 50));
		model.addAttribute("result", result);
		model.addAttribute("suspected", suspected);
		Map<UUID, String> names = new HashMap<>();
		if (result != null) {
			persons.findAll(result.items().stream().map(c -> new PersonId(c.personId())).distinct().toList())
					.forEach(p -> names.put(p.id().value(), p.name()));
		}
		model.addAttribute("names", names);
		return "consultation/abuse-list";
	}
}
