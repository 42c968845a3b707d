package kr.dolbom.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.people.HouseholdFlag;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.internal.HouseholdFlagService;
import kr.dolbom.shared.ValidationFailed;

/** The "방문대상 표시" form of the household page: one checkbox per flag, the discharge date and a note. */
@Controller
class HouseholdFlagPageController {

	private final HouseholdFlagService flags;

	HouseholdFlagPageController(HouseholdFlagService flags) {
		this.flags = flags;
	}

	@PostMapping("/households/{id}/flags")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		List<HouseholdFlagService.FlagInput> input = new ArrayList<>();
		for (var flag : HouseholdFlag.values()) {
			if (form.containsKey("flag_" + flag.name())) {
				input.add(new HouseholdFlagService.FlagInput(flag, date(form.getFirst("expectedOn_" + flag.name())),
						form.getFirst("note_" + flag.name())));
			}
		}
		try {
			flags.replace(new HouseholdId(id), input);
			redirect.addFlashAttribute("notice", "household.flags.saved");
		}
		catch (ValidationFailed failure) {
			redirect.addFlashAttribute("flagError", failure.problems().get(0).messageKey());
		}
		return "redirect:/households/" + id + "#flags";
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value);
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
