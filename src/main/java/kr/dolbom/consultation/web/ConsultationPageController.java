package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

import kr.dolbom.consultation.ConsultationId;
import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.consultation.ConsultationSummary;
import kr.dolbom.consultation.NeedDomains;
import kr.dolbom.consultation.internal.ConsultationService;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/**
 * The initial consultation form: one row per need domain where a problem was found, with the
 * household member it concerns and the client's own priority.
 */
@Controller
class ConsultationPageController {

	private final ConsultationService consultations;
	private final NeedDomains domains;
	private final Persons persons;
	private final FormErrors formErrors;
	private final Clock clock;

	ConsultationPageController(ConsultationService consultations, NeedDomains domains, Persons persons,
			FormErrors formErrors, Clock clock) {
		this.consultations = consultations;
		this.domains = domains;
		this.persons = persons;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/consultations/new")
	String form(@RequestParam UUID personId, Model model) {
		model.addAttribute("form", Map.of("kind", "INITIAL", "date", LocalDate.now(clock).toString()));
		return page(new PersonId(personId), model);
	}

	private String page(PersonId personId, Model model) {
		var person = consultations.person(personId);
		model.addAttribute("person", person);
		model.addAttribute("members", persons.household(person.householdId()).map(h -> h.members()).orElse(List.of()));
		model.addAttribute("domains", domains.all());
		model.addAttribute("kinds", ConsultationKind.values());
		model.addAttribute("routes", ConsultationRoute.values());
		return "consultation/new";
	}

	@PostMapping("/consultations/new")
	String record(@RequestParam UUID personId, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			List<ConsultationSummary.Problem> problems = new ArrayList<>();
			for (var domain : domains.all()) {
				var problem = form.getFirst("problem_" + domain.code());
				if (problem != null && !problem.isBlank()) {
					var member = form.getFirst("member_" + domain.code());
					var priority = form.getFirst("priority_" + domain.code());
					problems.add(new ConsultationSummary.Problem(domain.code(), problem,
							member == null || member.isBlank() ? null : PersonId.of(member),
							priority == null || priority.isBlank() ? null : parseInt(priority, "priority_" + domain.code())));
				}
			}
			var recorded = consultations.record(new ConsultationService.NewConsultation(new PersonId(personId),
					parse(ConsultationKind.class, form.getFirst("kind")), parse(ConsultationRoute.class, form.getFirst("route")),
					date(form.getFirst("referredOn"), "referredOn"), date(form.getFirst("date"), "date"), problems,
					form.getFirst("summary"), form.getFirst("wantedHelp")));
			redirect.addFlashAttribute("notice", "consultation.recorded");
			return "redirect:/consultations/" + recorded.id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			return page(new PersonId(personId), model);
		}
	}

	@GetMapping("/consultations/{id}")
	String view(@PathVariable UUID id, Model model) {
		var stored = consultations.get(new ConsultationId(id));
		model.addAttribute("consultation", stored.summary());
		model.addAttribute("wantedHelp", stored.wantedHelp());
		model.addAttribute("person", persons.find(stored.summary().personId()).orElseThrow());
		model.addAttribute("memberNames", memberNames(stored.summary().personId()));
		model.addAttribute("domainNames", domainNames());
		return "consultation/view";
	}

	/** A fragment for the person page (loaded with htmx): the person's consultations. */
	@GetMapping("/consultations/of-person/{personId}")
	String ofPerson(@PathVariable UUID personId, Model model) {
		model.addAttribute("personId", personId);
		model.addAttribute("consultations", consultations.ofPerson(new PersonId(personId)));
		return "consultation/of-person :: list";
	}

	private Map<String, String> memberNames(PersonId personId) {
		var person = persons.find(personId).orElseThrow();
		Map<String, String> names = new HashMap<>();
		persons.household(person.householdId()).ifPresent(h -> h.members().forEach(m -> names.put(m.id().toString(), m.name())));
		return names;
	}

	private Map<String, String> domainNames() {
		Map<String, String> names = new HashMap<>();
		domains.all().forEach(d -> names.put(d.code(), d.name()));
		return names;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		for (var constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	private static Integer parseInt(String value, String field) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw ValidationFailed.of(field, "validation.invalid");
		}
	}

	private static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (RuntimeException e) {
			throw ValidationFailed.of(field, "validation.invalid");
		}
	}

}
