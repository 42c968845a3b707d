package kr.dolbom.org.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Permission;
import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.UserId;
import kr.dolbom.org.internal.Account;
import kr.dolbom.org.internal.TeamAdministration;
import kr.dolbom.org.internal.UserAdministration;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.Messages;

/** Pages of the system administrator for accounts: search, create, roles, lock, password reset. */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	private final UserAdministration administration;
	private final TeamAdministration teams;
	private final OrgUnits units;
	private final FormErrors formErrors;
	private final Messages messages;

	AdminUserController(UserAdministration administration, TeamAdministration teams, OrgUnits units,
			FormErrors formErrors, Messages messages) {
		this.administration = administration;
		this.teams = teams;
		this.units = units;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var result = administration.search(q, new Paging(Math.max(page, 0), 50));
		model.addAttribute("q", q);
		model.addAttribute("result", result);
		model.addAttribute("unitNames", unitNames(result.items()));
		return "org/admin/users";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", Map.of());
		return newPage(model);
	}

	@PostMapping("/new")
	String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			var role = parseRole(form.get("role"));
			var created = administration.create(new UserAdministration.NewUser(form.get("username"), form.get("name"),
					form.get("agency"), parseTeam(form.get("teamId")),
					role == null ? List.of() : List.of(new RoleGrant(role, strip(form.get("orgUnitCode"))))));
			redirect.addFlashAttribute("notice", "admin.users.created");
			redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
			return "redirect:/admin/users/" + created.account().id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form);
			return newPage(model);
		}
	}

	private String newPage(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("teams", teams.all());
		return "org/admin/user-new";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		var account = administration.get(new UserId(id));
		model.addAttribute("account", account);
		model.addAttribute("unitNames", unitNames(List.of(account)));
		model.addAttribute("roles", Role.values());
		model.addAttribute("permissions", Permission.values());
		model.addAttribute("teams", teams.all());
		model.addAttribute("history", administration.grantHistory(account.id()));
		model.addAttribute("events", administration.events(account.id()));
		return "org/admin/user-detail";
	}

	@PostMapping("/{id}")
	String updateProfile(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String teamId,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "admin.users.saved",
				() -> administration.updateProfile(new UserId(id), version, name, agency, parseTeam(teamId)));
	}

	@PostMapping("/{id}/roles")
	String grant(@PathVariable UUID id, @RequestParam(required = false) String role,
			@RequestParam(required = false) String orgUnitCode, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "admin.users.granted",
				() -> administration.grant(new UserId(id), new RoleGrant(parseRole(role), strip(orgUnitCode))));
	}

	@PostMapping("/{id}/roles/revoke")
	String revoke(@PathVariable UUID id, @RequestParam String role, @RequestParam String orgUnitCode, Model model,
			RedirectAttributes redirect) {
		return act(id, model, redirect, "admin.users.revoked",
				() -> administration.revoke(new UserId(id), new RoleGrant(parseRole(role), orgUnitCode)));
	}

	@PostMapping("/{id}/permissions")
	String grantPermission(@PathVariable UUID id, @RequestParam(required = false) String permission, Model model,
			RedirectAttributes redirect) {
		return act(id, model, redirect, "admin.users.permission.granted",
				() -> administration.grantPermission(new UserId(id), parsePermission(permission)));
	}

	@PostMapping("/{id}/permissions/revoke")
	String revokePermission(@PathVariable UUID id, @RequestParam String permission, Model model,
			RedirectAttributes redirect) {
		return act(id, model, redirect, "admin.users.permission.revoked",
				() -> administration.revokePermission(new UserId(id), parsePermission(permission)));
	}

	@PostMapping("/{id}/lock")
	String lock(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "admin.users.locked.done", () -> administration.lock(new UserId(id)));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "admin.users.unlocked.done", () -> administration.unlock(new UserId(id)));
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		var temporary = administration.resetPassword(new UserId(id));
		redirect.addFlashAttribute("notice", "admin.users.reset.done");
		redirect.addFlashAttribute("temporaryPassword", temporary);
		return "redirect:/admin/users/" + id;
	}

	/** Runs an action; on a validation or rule failure the detail page is shown again with the message. */
	private String act(UUID id, Model model, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/admin/users/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("action", List.of(messages.get(violation.messageKey()))));
		}
		return detail(id, model);
	}

	private Map<String, String> unitNames(List<Account> accounts) {
		Map<String, String> names = new HashMap<>();
		accounts.forEach(a -> a.grants().forEach(g -> names.put(g.orgUnitCode(),
				units.find(g.orgUnitCode()).map(OrgUnit::fullName).orElse(g.orgUnitCode()))));
		return names;
	}

	private static Role parseRole(String value) {
		return Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst().orElse(null);
	}

	private static Permission parsePermission(String value) {
		return Arrays.stream(Permission.values()).filter(p -> p.name().equals(value)).findFirst().orElse(null);
	}

	private static UUID parseTeam(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw ValidationFailed.of("teamId", "validation.team.unknown");
		}
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

}
