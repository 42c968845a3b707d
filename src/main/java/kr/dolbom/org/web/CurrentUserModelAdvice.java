package kr.dolbom.org.web;

import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.shared.web.Messages;

/** The signed-in user for the page header. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModelAdvice {

	private final CurrentUser currentUser;
	private final Messages messages;

	CurrentUserModelAdvice(CurrentUser currentUser, Messages messages) {
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@ModelAttribute("currentUser")
	DolbomUser currentUser() {
		return currentUser.find().orElse(null);
	}

	@ModelAttribute("currentUserRoles")
	String roles() {
		return currentUser.find()
				.map(u -> u.roles().stream().sorted().map(r -> messages.get(r.messageKey()))
						.collect(Collectors.joining(", ")))
				.orElse("");
	}
}
