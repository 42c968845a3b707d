package kr.dolbom.discovery.web;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.discovery.ContactMethod;
import kr.dolbom.discovery.NonTargetReason;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.SupportRoute;
import kr.dolbom.discovery.TargetId;
import kr.dolbom.discovery.TargetStatus;
import kr.dolbom.discovery.internal.RoundService;
import kr.dolbom.discovery.internal.TargetService;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Role;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.NavItem;

/** The office's targets, a target with its score explanation and the result form. */
@Controller
class TargetPageController {

	private final TargetService targets;
	private final RoundService rounds;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;

	TargetPageController(TargetService targets, RoundService rounds, CurrentUser currentUser, FormErrors formErrors) {
		this.targets = targets;
		this.rounds = rounds;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
	}

	@GetMapping("/discovery/targets")
	String list(@RequestParam(required = false) UUID round, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		var state = TargetApiController.status(status);
		model.addAttribute("result", targets.list(round == null ? null : new RoundId(round), state, Paging.of(page, 50)));
		model.addAttribute("rounds", rounds.list());
		model.addAttribute("round", round);
		model.addAttribute("status", state);
		model.addAttribute("statuses", TargetStatus.values());
		model.addAttribute("baseUrl", "/discovery/targets?round=" + (round == null ? "" : round) + "&status="
				+ (state == null ? "" : state.name()));
		return "discovery/targets";
	}

	@GetMapping("/discovery/targets/{id}")
	String target(@PathVariable UUID id, Model model) {
		model.addAttribute("target", targets.get(new TargetId(id)));
		return page(model);
	}

	private String page(Model model) {
		var user = currentUser.get();
		model.addAttribute("canProcess",
				user.hasAnyRole(Role.SOCIAL_WORKER, Role.TEAM_LEAD, Role.WELFARE_ADMIN));
		model.addAttribute("contactMethods", ContactMethod.values());
		model.addAttribute("reasons", NonTargetReason.values());
		model.addAttribute("routes", SupportRoute.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new java.util.HashMap<String, String>());
		}
		return "discovery/target";
	}

	@PostMapping("/discovery/targets/{id}/result")
	String result(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		var additional = form.getFirst("additionalName") == null && form.getFirst("additionalRrn") == null ? null
				: new TargetService.AdditionalPerson(form.getFirst("additionalName"), form.getFirst("additionalRrn"),
						form.getFirst("additionalPhone"));
		try {
			var version = form.getFirst("version");
			var outcome = targets.registerResult(new TargetId(id),
					new TargetService.ResultCommand(form.getFirst("result"), form.getFirst("contactMethod"),
							form.getFirst("reasonCode"), form.getFirst("supportRoute"), form.getFirst("note"),
							form.getFirst("addressLine"), form.getFirst("phone"),
							"ADDITIONAL".equals(form.getFirst("result")) ? additional : null,
							version == null || version.isBlank() ? null : Integer.valueOf(version)));
			redirect.addFlashAttribute("notice", "discovery.target.saved");
			if (outcome.additionalTarget() != null) {
				redirect.addFlashAttribute("notice", "discovery.target.additional-saved");
				return "redirect:/discovery/targets/" + outcome.additionalTarget().value();
			}
			return "redirect:/discovery/targets/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			model.addAttribute("target", targets.get(new TargetId(id)));
			return page(model);
		}
	}

	@PostMapping("/discovery/non-targets/{id}/release")
	String release(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		try {
			var target = targets.release(id, reason, version);
			redirect.addFlashAttribute("notice", "discovery.non-target.released");
			return "redirect:/discovery/targets/" + target.summary().id().value();
		}
		catch (ValidationFailed failure) {
			redirect.addFlashAttribute("notice", "discovery.non-target.release-reason");
			return "redirect:/discovery/targets/" + targets.targetOfNonTarget(id);
		}
	}

	@PostMapping("/discovery/non-targets/{id}/cancel-release")
	String cancelRelease(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		var target = targets.cancelRelease(id, version);
		redirect.addFlashAttribute("notice", "discovery.non-target.release-cancelled");
		return "redirect:/discovery/targets/" + target.summary().id().value();
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem discoveryTargetsNavItem() {
			return new NavItem("discovery.nav.targets", "/discovery/targets", 15, Set.of("SOCIAL_WORKER", "NURSE",
					"TEAM_LEAD", "WELFARE_ADMIN", "OFFICE_HEAD", "DISTRICT_SUPPORT", "SUPERVISOR"));
		}

		@Bean
		NavItem discoveryRoundsNavItem() {
			return new NavItem("discovery.nav.rounds", "/discovery/rounds", 93, Set.of("ADMIN"));
		}
	}
}
