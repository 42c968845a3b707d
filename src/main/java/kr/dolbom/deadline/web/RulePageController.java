package kr.dolbom.deadline.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.deadline.internal.DeadlineRuleService;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/** The administrator's pages for the deadline rules: overview, history and a new version. */
@Controller
@RequestMapping("/admin/deadline-rules")
class RulePageController {

	private final DeadlineRuleService rules;
	private final FormErrors formErrors;

	RulePageController(DeadlineRuleService rules, FormErrors formErrors) {
		this.rules = rules;
		this.formErrors = formErrors;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rules", rules.overview());
		return "deadline/rules";
	}

	@GetMapping("/{step}/{variant}")
	String detail(@PathVariable String step, @PathVariable String variant, Model model) {
		var s = DeadlineRuleApiController.parse(Step.class, step);
		var v = DeadlineRuleApiController.parse(StepVariant.class, variant);
		var summary = rules.summary(s, v);
		if (!model.containsAttribute("form")) {
			var latest = rules.history(s, v).get(0);
			model.addAttribute("form", Map.of("amount", String.valueOf(latest.term().amount()), "unit",
					latest.term().unit().name(), "capAmount", latest.cap() == null ? "" : String.valueOf(latest.cap().amount()),
					"capUnit", latest.cap() == null ? "" : latest.cap().unit().name()));
		}
		model.addAttribute("rule", summary);
		model.addAttribute("latest", rules.history(s, v).get(0));
		model.addAttribute("versions", rules.history(s, v));
		model.addAttribute("units", PeriodUnit.values());
		return "deadline/rule";
	}

	@PostMapping("/{step}/{variant}")
	String addVersion(@PathVariable String step, @PathVariable String variant, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		var s = DeadlineRuleApiController.parse(Step.class, step);
		var v = DeadlineRuleApiController.parse(StepVariant.class, variant);
		try {
			rules.addVersion(s, v, new DeadlineRuleService.NewVersion(integer(form, "amount"), unit(form.get("unit")),
					integer(form, "capAmount"), unit(form.get("capUnit")), date(form, "effectiveFrom"), form.get("note"),
					integer(form, "basedOnVersion")));
			redirect.addFlashAttribute("notice", "deadline.rules.saved");
			return "redirect:/admin/deadline-rules/" + s.name() + "/" + v.name();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form);
			return detail(step, variant, model);
		}
	}

	private static Integer integer(Map<String, String> form, String field) {
		var value = form.get(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw ValidationFailed.of(field, "deadline.rule.amount.required");
		}
	}

	private static PeriodUnit unit(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (var unit : PeriodUnit.values()) {
			if (unit.name().equals(value)) {
				return unit;
			}
		}
		return null;
	}

	private static LocalDate date(Map<String, String> form, String field) {
		var value = form.get(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw ValidationFailed.of(field, "deadline.rule.effectiveFrom.required");
		}
	}
}
