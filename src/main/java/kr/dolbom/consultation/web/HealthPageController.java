package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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

import kr.dolbom.consultation.internal.HealthCodes;
import kr.dolbom.consultation.internal.HealthService;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Role;
import kr.dolbom.org.Users;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/** Nurse health visit pages: the office's visits and programmes, a resident's duplicate checks and visits. */
@Controller
class HealthPageController {

	private final HealthService health;
	private final Persons persons;
	private final Users users;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Clock clock;

	HealthPageController(HealthService health, Persons persons, Users users, CurrentUser currentUser, FormErrors formErrors,
			Clock clock) {
		this.health = health;
		this.persons = persons;
		this.users = users;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/health")
	String office(Model model) {
		var office = DeskForms.defaultOffice(currentUser.get());
		var visits = office == null ? List.<kr.dolbom.consultation.internal.JdbcHealth.Visit>of() : health.visits(office, null, null);
		Map<UUID, String> names = new HashMap<>();
		persons.findAll(visits.stream().map(v -> new PersonId(v.personId())).distinct().toList())
				.forEach(p -> names.put(p.id().value(), p.name()));
		model.addAttribute("office", office);
		model.addAttribute("visits", visits);
		model.addAttribute("names", names);
		model.addAttribute("programmes", office == null ? List.of() : health.programmes(office));
		model.addAttribute("topics", HealthCodes.ProgrammeTopic.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("startsOn", LocalDate.now(clock).toString(), "endsOn",
					LocalDate.now(clock).plusWeeks(4).toString(), "sessions", "4", "capacity", "10"));
		}
		return "consultation/health-office";
	}

	@PostMapping("/health/programmes")
	String createProgramme(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			var created = health.createProgramme(new HealthService.NewProgramme(DeskForms.defaultOffice(currentUser.get()),
					form.getFirst("title"), DeskForms.parse(HealthCodes.ProgrammeTopic.class, form.getFirst("topic")),
					DeskForms.date(form.getFirst("startsOn"), "startsOn"), DeskForms.date(form.getFirst("endsOn"), "endsOn"),
					DeskForms.integer(form.getFirst("sessions"), "sessions"),
					DeskForms.integer(form.getFirst("capacity"), "capacity")));
			redirect.addFlashAttribute("notice", "health.programme.created");
			return "redirect:/health/programmes/" + created.programme().id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			return office(model);
		}
	}

	@GetMapping("/health/programmes/{id}")
	String programme(@PathVariable UUID id, Model model) {
		var view = health.programme(id);
		Map<UUID, String> names = new HashMap<>();
		persons.findAll(view.participants().stream().map(p -> new PersonId(p.personId())).toList())
				.forEach(p -> names.put(p.id().value(), p.name()));
		model.addAttribute("view", view);
		model.addAttribute("names", names);
		return "consultation/health-programme";
	}

	@GetMapping("/health/person/{personId}")
	String person(@PathVariable UUID personId, Model model) {
		var view = health.ofPerson(new PersonId(personId));
		model.addAttribute("view", view);
		model.addAttribute("riskFactors", HealthCodes.RiskFactor.values());
		model.addAttribute("chronicDiseases", HealthCodes.ChronicDisease.values());
		model.addAttribute("links", HealthCodes.Link.values());
		model.addAttribute("programmes", health.programmes(view.person().officeCode()));
		model.addAttribute("companions", users.withRoleAt(Role.SOCIAL_WORKER, view.person().officeCode()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("date", LocalDate.now(clock).toString(), "checkedOn",
					LocalDate.now(clock).toString()));
		}
		if (!model.containsAttribute("chosen")) {
			model.addAttribute("chosen", List.of());
		}
		return "consultation/health-person";
	}

	@PostMapping("/health/person/{personId}/duplicate-check")
	String duplicateCheck(@PathVariable UUID personId, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			health.checkDuplicate(new HealthService.NewDuplicateCheck(new PersonId(personId),
					DeskForms.date(form.getFirst("checkedOn"), "checkedOn"), DeskForms.yesNo(form.getFirst("enrolled")),
					form.getFirst("note")));
			redirect.addFlashAttribute("notice", "health.check.recorded");
			return "redirect:/health/person/" + personId;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			return person(personId, model);
		}
	}

	@PostMapping("/health/person/{personId}/visit")
	String visit(@PathVariable UUID personId, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			var companion = form.getFirst("companionId");
			health.recordVisit(new HealthService.NewVisit(new PersonId(personId), DeskForms.date(form.getFirst("date"), "date"),
					DeskForms.checked(form.getFirst("coordinatedWithBogunso")),
					companion == null || companion.isBlank() ? null : UUID.fromString(companion),
					DeskForms.set(HealthCodes.RiskFactor.class, form, "riskFactors"),
					DeskForms.set(HealthCodes.ChronicDisease.class, form, "chronicDiseases"), form.getFirst("medication"),
					form.getFirst("education"), DeskForms.set(HealthCodes.Link.class, form, "links"), form.getFirst("linkNote"),
					form.getFirst("summary")));
			redirect.addFlashAttribute("notice", "health.visit.recorded");
			return "redirect:/health/person/" + personId;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			return again(personId, form, model);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("problem", violation.messageKey());
			model.addAttribute("problemArguments", violation.arguments());
			return again(personId, form, model);
		}
	}

	private String again(UUID personId, MultiValueMap<String, String> form, Model model) {
		model.addAttribute("form", form.toSingleValueMap());
		List<String> chosen = new java.util.ArrayList<>();
		for (var name : List.of("riskFactors", "chronicDiseases", "links")) {
			if (form.get(name) != null) {
				chosen.addAll(form.get(name));
			}
		}
		model.addAttribute("chosen", chosen);
		return person(personId, model);
	}

	@PostMapping("/health/person/{personId}/programme")
	String join(@PathVariable UUID personId, @RequestParam(required = false) String programmeId, RedirectAttributes redirect) {
		try {
			if (programmeId == null || programmeId.isBlank()) {
				throw ValidationFailed.of("programmeId", "validation.required");
			}
			health.join(UUID.fromString(programmeId), new PersonId(personId), null);
			redirect.addFlashAttribute("notice", "health.programme.joined");
		}
		catch (ValidationFailed failure) {
			redirect.addFlashAttribute("problem", "health.programme.choose");
		}
		catch (DomainRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
			redirect.addFlashAttribute("problemArguments", violation.arguments());
		}
		return "redirect:/health/person/" + personId;
	}
}
