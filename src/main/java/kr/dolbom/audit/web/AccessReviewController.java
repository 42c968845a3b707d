package kr.dolbom.audit.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.audit.internal.AccessReviewService;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.Messages;

/** The monthly review of the access log: a page for supervisors, and the same as JSON. */
@Controller
class AccessReviewController {

	private final AccessReviewService reviews;
	private final FormErrors formErrors;
	private final Messages messages;

	AccessReviewController(AccessReviewService reviews, FormErrors formErrors, Messages messages) {
		this.reviews = reviews;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	static YearMonth month(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw ValidationFailed.of("month", "audit.review.month.invalid");
		}
	}

	@GetMapping("/audit/review")
	String page(@RequestParam(required = false) String month, @RequestParam(required = false) String unit, Model model) {
		model.addAttribute("review", reviews.review(month(month), unit));
		model.addAttribute("history", reviews.history(unit));
		return "audit/review";
	}

	@PostMapping("/audit/review")
	String record(@RequestParam(required = false) String month, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		var when = month(month);
		try {
			reviews.record(when, unit, note);
			redirect.addFlashAttribute("notice", "audit.review.recorded");
			return "redirect:/audit/review?month=" + when + (unit == null || unit.isBlank() ? "" : "&unit=" + unit);
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("month", List.of(messages.get(violation.messageKey()))));
		}
		model.addAttribute("note", note);
		return page(month, unit, model);
	}
}
