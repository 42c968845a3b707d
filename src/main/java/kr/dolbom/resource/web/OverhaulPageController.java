package kr.dolbom.resource.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Role;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.internal.OverhaulService;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.Messages;

/** The overhaul pages: window, start, recommended list, confirm, complete. */
@Controller
class OverhaulPageController {

	private final OverhaulService overhauls;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Messages messages;

	OverhaulPageController(OverhaulService overhauls, CurrentUser currentUser, FormErrors formErrors,
			Messages messages) {
		this.overhauls = overhauls;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	@GetMapping("/resources/overhaul")
	String overhaul(Model model) {
		var user = currentUser.get();
		model.addAttribute("windows", overhauls.windows());
		model.addAttribute("isAdmin", user.hasRole(Role.ADMIN));
		model.addAttribute("isManager", user.hasRole(Role.RESOURCE_MANAGER));
		return "resource/overhaul";
	}

	@PostMapping("/resources/overhaul")
	String open(@RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, Model model,
			RedirectAttributes redirect) {
		try {
			overhauls.open(title, startsOn, endsOn);
			redirect.addFlashAttribute("notice", "resource.overhaul.opened");
			return "redirect:/resources/overhaul";
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors",
					Map.of("startsOn", List.of(messages.get(violation.messageKey()))));
		}
		return overhaul(model);
	}

	@PostMapping("/resources/overhaul/{id}/start")
	String start(@PathVariable UUID id, @RequestParam(required = false) String district, RedirectAttributes redirect) {
		overhauls.start(id, district);
		redirect.addFlashAttribute("notice", "resource.overhaul.started");
		return "redirect:/resources/overhaul/" + id + (district == null ? "" : "?district=" + district);
	}

	@GetMapping("/resources/overhaul/{id}")
	String recommended(@PathVariable UUID id, @RequestParam(required = false) String district, Model model) {
		model.addAttribute("windowId", id);
		model.addAttribute("district", district);
		model.addAttribute("items", overhauls.recommended(id, district));
		return "resource/overhaul-list";
	}

	@PostMapping("/resources/overhaul/{id}/providers/{providerId}/confirm")
	String confirm(@PathVariable UUID id, @PathVariable UUID providerId, @RequestParam(required = false) String district,
			RedirectAttributes redirect) {
		overhauls.confirm(id, new ProviderId(providerId));
		redirect.addFlashAttribute("notice", "resource.overhaul.confirmed");
		return "redirect:/resources/overhaul/" + id + (district == null ? "" : "?district=" + district);
	}

	@PostMapping("/resources/overhaul/{id}/complete")
	String complete(@PathVariable UUID id, @RequestParam(required = false) String district,
			RedirectAttributes redirect) {
		overhauls.complete(id, district);
		redirect.addFlashAttribute("notice", "resource.overhaul.completed");
		return "redirect:/resources/overhaul";
	}
}
