package kr.dolbom.org.web;

import java.util.Arrays;
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

import kr.dolbom.org.TeamKind;
import kr.dolbom.org.TeamModel;
import kr.dolbom.org.internal.TeamAdministration;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/** Teams and the offices they serve, set up by the administrator. */
@Controller
@RequestMapping("/admin/teams")
class AdminTeamController {

	private final TeamAdministration teams;
	private final FormErrors formErrors;

	AdminTeamController(TeamAdministration teams, FormErrors formErrors) {
		this.teams = teams;
		this.formErrors = formErrors;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", Map.of());
		return page(model);
	}

	@PostMapping
	String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			teams.create(form.getOrDefault("name", ""), parse(TeamKind.class, form.get("kind")),
					parse(TeamModel.class, form.get("model")), strip(form.get("homeUnitCode")), codes(form.get("offices")));
			redirect.addFlashAttribute("notice", "admin.teams.created");
			return "redirect:/admin/teams";
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form);
			return page(model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("team", teams.get(id));
		model.addAttribute("models", TeamModel.values());
		return "org/admin/team-edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) String model, @RequestParam(required = false) String offices,
			@RequestParam int version, Model page, RedirectAttributes redirect) {
		try {
			teams.update(id, version, name, parse(TeamModel.class, model), codes(offices));
			redirect.addFlashAttribute("notice", "admin.teams.saved");
			return "redirect:/admin/teams";
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(page, failure);
			return edit(id, page);
		}
	}

	private String page(Model model) {
		model.addAttribute("teams", teams.all());
		model.addAttribute("kinds", TeamKind.values());
		model.addAttribute("models", TeamModel.values());
		return "org/admin/teams";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
	}

	private static List<String> codes(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}
}
