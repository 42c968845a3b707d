package kr.dolbom.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Error pages for the web UI. Access denied is left to Spring Security, which renders the 403
 * page; everything unexpected falls through to the error page of Spring Boot.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiErrorAdvice {

	private final Messages messages;

	UiErrorAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/** A request of a link (not a form, which re-shows itself) with a missing or bad parameter. */
	@ExceptionHandler(ValidationFailed.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	String invalid(ValidationFailed e, Model model) {
		model.addAttribute("message", String.join(" ", e.problems().stream()
				.map(p -> messages.get(p.messageKey(), p.arguments())).toList()));
		return "error/409";
	}

	@ExceptionHandler(DomainRuleViolation.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String ruleViolation(DomainRuleViolation e, Model model) {
		model.addAttribute("message", messages.get(e.messageKey(), e.arguments()));
		return "error/409";
	}
}
