package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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

import kr.dolbom.consultation.internal.ConsultationService;
import kr.dolbom.consultation.internal.MonitorMethod;
import kr.dolbom.consultation.internal.MonitorService;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/** Monitor consultation pages: households due in a month, a household's cycle, the consultation form. */
@Controller
class MonitorPageController {

	private final MonitorService monitors;
	private final ConsultationService consultations;
	private final Persons persons;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Clock clock;

	MonitorPageController(MonitorService monitors, ConsultationService consultations, Persons persons,
			CurrentUser currentUser, FormErrors formErrors, Clock clock) {
		this.monitors = monitors;
		this.consultations = consultations;
		this.persons = persons;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/monitor")
	String due(@RequestParam(required = false) String month, Model model) {
		var office = DeskForms.defaultOffice(currentUser.get());
		YearMonth chosen;
		try {
			chosen = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month);
		}
		catch (RuntimeException e) {
			chosen = YearMonth.now(clock);
		}
		var due = office == null ? java.util.List.<kr.dolbom.consultation.MonitorDue>of() : monitors.due(office, chosen);
		Map<UUID, String> names = new HashMap<>();
		persons.findAll(due.stream().map(d -> d.personId()).distinct().toList()).forEach(p -> names.put(p.id().value(), p.name()));
		model.addAttribute("due", due);
		model.addAttribute("names", names);
		model.addAttribute("month", chosen.toString());
		model.addAttribute("today", LocalDate.now(clock));
		return "consultation/monitor-due";
	}

	@GetMapping("/monitor/households/{id}")
	String household(@PathVariable UUID id, Model model) {
		var household = monitors.ofHousehold(new HouseholdId(id));
		model.addAttribute("household", household);
		model.addAttribute("members", persons.household(new HouseholdId(id)).map(h -> h.members()).orElse(java.util.List.of()));
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new HashMap<>();
			if (household.cycle() != null) {
				form.put("cycleMonths", String.valueOf(household.cycle().cycleMonths()));
				form.put("nextDueOn", household.cycle().nextDueOn().toString());
				form.put("personId", household.cycle().personId().toString());
				form.put("reason", household.reason() == null ? "" : household.reason());
			}
			else {
				form.put("cycleMonths", String.valueOf(MonitorService.DEFAULT_CYCLE_MONTHS));
			}
			model.addAttribute("form", form);
		}
		return "consultation/monitor-household";
	}

	@PostMapping("/monitor/households/{id}")
	String setCycle(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			var person = form.getFirst("personId");
			monitors.setCycle(new HouseholdId(id), new MonitorService.CycleRequest(
					person == null || person.isBlank() ? null : PersonId.of(person),
					DeskForms.integer(form.getFirst("cycleMonths"), "cycleMonths"),
					DeskForms.date(form.getFirst("nextDueOn"), "nextDueOn"), form.getFirst("reason")),
					DeskForms.integer(form.getFirst("version"), "version"));
			redirect.addFlashAttribute("notice", "monitor.cycle.saved");
			return "redirect:/monitor/households/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			return household(id, model);
		}
	}

	@GetMapping("/monitor/new")
	String form(@RequestParam UUID personId, Model model) {
		model.addAttribute("form", Map.of("date", LocalDate.now(clock).toString()));
		return page(new PersonId(personId), model);
	}

	private String page(PersonId personId, Model model) {
		model.addAttribute("person", consultations.person(personId));
		model.addAttribute("methods", MonitorMethod.values());
		return "consultation/monitor-new";
	}

	@PostMapping("/monitor/new")
	String record(@RequestParam UUID personId, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			var recorded = monitors.record(new MonitorService.NewMonitorConsultation(new PersonId(personId),
					DeskForms.date(form.getFirst("date"), "date"), DeskForms.parse(MonitorMethod.class, form.getFirst("method")),
					DeskForms.yesNo(form.getFirst("livingSafe")), DeskForms.yesNo(form.getFirst("indoorMembersOk")),
					DeskForms.yesNo(form.getFirst("servicesDelivered")),
					DeskForms.integer(form.getFirst("satisfaction"), "satisfaction"), form.getFirst("changes"),
					DeskForms.yesNo(form.getFirst("reentryNeeded")), form.getFirst("summary")));
			redirect.addFlashAttribute("notice", "monitor.recorded");
			return "redirect:/monitor/households/" + recorded.cycle().householdId();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			return page(new PersonId(personId), model);
		}
	}
}
