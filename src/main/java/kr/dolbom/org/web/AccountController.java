package kr.dolbom.org.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.internal.UserAdministration;
import kr.dolbom.org.security.SessionAuthentications;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/** Users change their own password here; after a reset they are sent here until they do. */
@Controller
class AccountController {

	private final CurrentUser currentUser;
	private final UserAdministration administration;
	private final SessionAuthentications sessions;
	private final FormErrors formErrors;

	AccountController(CurrentUser currentUser, UserAdministration administration, SessionAuthentications sessions,
			FormErrors formErrors) {
		this.currentUser = currentUser;
		this.administration = administration;
		this.sessions = sessions;
		this.formErrors = formErrors;
	}

	@GetMapping("/account/password")
	String form() {
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		var user = currentUser.get();
		try {
			if (!newPassword.equals(confirmPassword)) {
				throw ValidationFailed.of("confirmPassword", "account.password.mismatch");
			}
			administration.changeOwnPassword(user, currentPassword, newPassword);
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			return "account/password";
		}
		sessions.refresh(user, request, response);
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:/";
	}
}
