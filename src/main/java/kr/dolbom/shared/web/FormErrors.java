package kr.dolbom.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import kr.dolbom.shared.ValidationFailed;

/**
 * Field errors for a re-displayed form: the page shows each message beside its field (and links
 * the field to it with aria-describedby) and a summary at the top.
 */
@Component
public class FormErrors {

	private final Messages messages;

	FormErrors(Messages messages) {
		this.messages = messages;
	}

	public void addTo(Model model, ValidationFailed failure) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		failure.problems().forEach(p -> byField.computeIfAbsent(p.field(), k -> new ArrayList<>())
				.add(messages.get(p.messageKey(), p.arguments())));
		model.addAttribute("errors", byField);
	}
}
