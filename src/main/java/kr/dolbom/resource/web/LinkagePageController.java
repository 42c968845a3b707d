package kr.dolbom.resource.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Role;
import kr.dolbom.people.PersonId;
import kr.dolbom.resource.LinkageId;
import kr.dolbom.resource.LinkageStatus;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.internal.DirectorySearch;
import kr.dolbom.resource.internal.LinkageService;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.Messages;
import kr.dolbom.shared.web.NavItem;

/**
 * Linkage pages: the services a person is eligible for, the request form, the requesting worker's
 * list and the provider side's inbox, and one linkage with the provider's answers.
 */
@Controller
class LinkagePageController {

	private final LinkageService linkages;
	private final DirectorySearch search;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Messages messages;

	LinkagePageController(LinkageService linkages, DirectorySearch search, CurrentUser currentUser,
			FormErrors formErrors, Messages messages) {
		this.linkages = linkages;
		this.search = search;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	@GetMapping("/resources/eligible")
	String eligible(@RequestParam UUID personId, @RequestParam(required = false) UUID caseId,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String category, Model model,
			HttpServletResponse response) {
		model.addAttribute("caseId", caseId);
		var result = search.eligibleFor(new PersonId(personId), "national".equals(scope), blank(category));
		model.addAttribute("result", result);
		model.addAttribute("scope", scope == null ? "local" : scope);
		model.addAttribute("category", category);
		model.addAttribute("categories", search.categories());
		model.addAttribute("personLinkages", linkages.ofPerson(new PersonId(personId)));
		model.addAttribute("today", LocalDate.now());
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		return "resource/eligible";
	}

	@GetMapping("/resources/linkages/new")
	String newLinkage(@RequestParam(required = false) UUID serviceId, @RequestParam(required = false) UUID personId,
			@RequestParam(required = false) UUID caseId, Model model, HttpServletResponse response) {
		model.addAttribute("serviceId", serviceId);
		model.addAttribute("caseId", caseId);
		model.addAttribute("personId", personId);
		if (serviceId != null && personId != null) {
			model.addAttribute("preparation", linkages.prepare(new PersonId(personId), new ServiceId(serviceId)));
		}
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		return "resource/linkage-new";
	}

	@PostMapping("/resources/linkages/new")
	String request(@RequestParam(required = false) String serviceId, @RequestParam(required = false) String personId,
			@RequestParam(required = false) String caseId, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		var service = uuid(serviceId);
		var person = uuid(personId);
		var forCase = uuid(caseId);
		try {
			if (person == null && personId != null && !personId.isBlank()) {
				throw ValidationFailed.of("personId", "validation.invalid");
			}
			var view = linkages.request(new LinkageService.LinkageRequest(forCase, person, service, note));
			redirect.addFlashAttribute("notice", "resource.linkage.requested");
			return "redirect:/resources/linkages/" + view.linkage().id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("serviceId", List.of(messages.get(violation.messageKey()))));
		}
		model.addAttribute("note", note);
		return newLinkage(service, person, forCase, model, response);
	}

	@GetMapping("/resources/linkages")
	String list(@RequestParam(required = false) String box, @RequestParam(required = false) LinkageStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var user = currentUser.get();
		boolean requester = user.hasAnyRole(Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.WELFARE_ADMIN,
				Role.DISTRICT_SUPPORT);
		boolean providerSide = user.hasAnyRole(Role.RESOURCE_MANAGER, Role.PARTNER_CASE_MANAGER);
		var chosen = box != null ? box : requester ? "requested" : "received";
		model.addAttribute("box", chosen);
		model.addAttribute("status", status);
		model.addAttribute("requester", requester);
		model.addAttribute("providerSide", providerSide);
		model.addAttribute("statuses", LinkageStatus.values());
		var paging = new Paging(Math.max(page, 0), 20);
		model.addAttribute("result", "received".equals(chosen) ? linkages.received(status, paging)
				: linkages.requested(status, paging));
		model.addAttribute("baseUrl", "/resources/linkages?box=" + chosen + (status == null ? "" : "&status=" + status));
		return "resource/linkages";
	}

	@GetMapping("/resources/linkages/{id}")
	String linkage(@PathVariable UUID id, Model model, HttpServletResponse response) {
		model.addAttribute("view", linkages.get(new LinkageId(id), null));
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		return "resource/linkage";
	}

	@PostMapping("/resources/linkages/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		linkages.accept(new LinkageId(id), version);
		redirect.addFlashAttribute("notice", "resource.linkage.accepted");
		return "redirect:/resources/linkages/" + id;
	}

	@PostMapping("/resources/linkages/{id}/complete")
	String complete(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		linkages.complete(new LinkageId(id), version);
		redirect.addFlashAttribute("notice", "resource.linkage.completed");
		return "redirect:/resources/linkages/" + id;
	}

	@PostMapping("/resources/linkages/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			linkages.reject(new LinkageId(id), version, reason);
			redirect.addFlashAttribute("notice", "resource.linkage.rejected");
			return "redirect:/resources/linkages/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			return linkage(id, model, response);
		}
	}

	private static UUID uuid(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem resourcesNavItem() {
			return new NavItem("nav.resources", "/resources", 30, Set.of());
		}

		@Bean
		NavItem resourceApprovalsNavItem() {
			return new NavItem("nav.resources.approvals", "/resources/approvals", 31, Set.of("RESOURCE_MANAGER"));
		}

		@Bean
		NavItem linkagesNavItem() {
			return new NavItem("nav.resources.linkages", "/resources/linkages", 32, Set.of("SOCIAL_WORKER", "NURSE",
					"TEAM_LEAD", "WELFARE_ADMIN", "DISTRICT_SUPPORT", "RESOURCE_MANAGER", "PARTNER_CASE_MANAGER"));
		}

		@Bean
		NavItem overhaulNavItem() {
			return new NavItem("nav.resources.overhaul", "/resources/overhaul", 33, Set.of("RESOURCE_MANAGER", "ADMIN"));
		}
	}
}
