package kr.dolbom.deadline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.deadline.internal.CalendarService;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/** The working-day calendar of a year, and the form for local closures. */
@Controller
class CalendarPageController {

	private final CalendarService calendars;
	private final OrgUnits units;
	private final FormErrors formErrors;
	private final Clock clock;

	CalendarPageController(CalendarService calendars, OrgUnits units, FormErrors formErrors, Clock clock) {
		this.calendars = calendars;
		this.units = units;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String year(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("form", Map.of());
		return page(year == null ? LocalDate.now(clock).getYear() : year, model);
	}

	@PostMapping("/calendar/closures")
	String add(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			var closure = calendars.addClosure(form.get("orgUnitCode"), date(form.get("day")), form.get("name"));
			redirect.addFlashAttribute("notice", "deadline.calendar.added");
			return "redirect:/calendar?year=" + closure.day().getYear();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form);
			int year = LocalDate.now(clock).getYear();
			try {
				year = date(form.get("day")).getYear();
			}
			catch (RuntimeException ignored) {
				// no usable day: show the current year
			}
			return page(year, model);
		}
	}

	@PostMapping("/calendar/closures/{id}/remove")
	String remove(@PathVariable UUID id, @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		calendars.removeClosure(id);
		redirect.addFlashAttribute("notice", "deadline.calendar.removed");
		return "redirect:/calendar" + (year == null ? "" : "?year=" + year);
	}

	private String page(int year, Model model) {
		var calendar = calendars.year(year);
		Map<String, String> unitNames = new HashMap<>();
		calendar.closures().stream().map(c -> c.orgUnitCode()).filter(code -> code != null).distinct()
				.forEach(code -> unitNames.put(code, units.find(code).map(u -> u.fullName()).orElse(code)));
		model.addAttribute("calendar", calendar);
		model.addAttribute("unitNames", unitNames);
		return "deadline/calendar";
	}

	/** A date from the form; a missing or malformed one is a field error, not a crash. */
	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw ValidationFailed.of("day", "deadline.closure.day.required");
		}
	}
}
