package kr.dolbom.discovery.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.discovery.IndicatorKinds;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.internal.RoundService;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Role;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/** The central operator's round pages: create, upload the agency files, score, distribute. */
@Controller
class RoundPageController {

	private final RoundService rounds;
	private final IndicatorKinds kinds;
	private final FormErrors formErrors;
	private final CurrentUser currentUser;

	RoundPageController(RoundService rounds, IndicatorKinds kinds, FormErrors formErrors, CurrentUser currentUser) {
		this.rounds = rounds;
		this.kinds = kinds;
		this.formErrors = formErrors;
		this.currentUser = currentUser;
	}

	@ModelAttribute("canOperate")
	boolean canOperate() {
		return currentUser.get().hasRole(Role.ADMIN);
	}

	@GetMapping("/discovery/rounds")
	String list(Model model) {
		model.addAttribute("rounds", rounds.list());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new HashMap<String, String>());
		}
		return "discovery/rounds";
	}

	@PostMapping("/discovery/rounds")
	String create(@RequestParam(required = false) String label, @RequestParam(required = false) String selectionCount,
			Model model, RedirectAttributes redirect) {
		try {
			Integer count;
			try {
				count = selectionCount == null || selectionCount.isBlank() ? null
						: Integer.valueOf(selectionCount.strip().replace(",", ""));
			}
			catch (NumberFormatException e) {
				throw ValidationFailed.of("selectionCount", "discovery.round.selection-count");
			}
			var view = rounds.create(label, count, null);
			redirect.addFlashAttribute("notice", "discovery.round.created");
			return "redirect:/discovery/rounds/" + view.round().id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			var form = new HashMap<String, String>();
			form.put("label", label);
			form.put("selectionCount", selectionCount);
			model.addAttribute("form", form);
			return list(model);
		}
	}

	@GetMapping("/discovery/rounds/{id}")
	String round(@PathVariable UUID id, Model model) {
		model.addAttribute("view", rounds.get(new RoundId(id)));
		model.addAttribute("kinds", kinds.all());
		return "discovery/round";
	}

	@PostMapping("/discovery/rounds/{id}/files")
	String upload(@PathVariable UUID id, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String encoding, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		try (var content = file == null || file.isEmpty() ? null : file.getInputStream()) {
			rounds.upload(new RoundId(id), indicator, encoding, content);
			redirect.addFlashAttribute("notice", "discovery.round.uploaded");
			return "redirect:/discovery/rounds/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("selectedIndicator", indicator);
			model.addAttribute("selectedEncoding", encoding);
			return round(id, model);
		}
	}

	@PostMapping("/discovery/rounds/{id}/score")
	String score(@PathVariable UUID id, RedirectAttributes redirect) {
		rounds.score(new RoundId(id));
		redirect.addFlashAttribute("notice", "discovery.round.scored");
		return "redirect:/discovery/rounds/" + id;
	}

	@PostMapping("/discovery/rounds/{id}/distribute")
	String distribute(@PathVariable UUID id, RedirectAttributes redirect) {
		rounds.distribute(new RoundId(id));
		redirect.addFlashAttribute("notice", "discovery.round.distributed");
		return "redirect:/discovery/rounds/" + id;
	}
}
