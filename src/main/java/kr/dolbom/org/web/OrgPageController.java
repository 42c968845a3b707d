package kr.dolbom.org.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.internal.OrgQueries;

/** Browsing the hierarchy within one's scope: a unit, its path, its visible children and its teams. */
@Controller
class OrgPageController {

	private final OrgQueries queries;
	private final OrgUnits units;
	private final CurrentUser currentUser;

	OrgPageController(OrgQueries queries, OrgUnits units, CurrentUser currentUser) {
		this.queries = queries;
		this.units = units;
		this.currentUser = currentUser;
	}

	@GetMapping("/org")
	String start(Model model) {
		var user = currentUser.get();
		var home = user.homeUnitCode().orElse(null);
		if (home == null || user.scope().national()) {
			model.addAttribute("unit", null);
			model.addAttribute("path", List.of());
			model.addAttribute("children", queries.children(null));
			model.addAttribute("teams", List.of());
			return "org/unit";
		}
		return "redirect:/org/" + home;
	}

	@GetMapping("/org/{code}")
	String unit(@PathVariable String code, Model model) {
		var unit = queries.unit(code);
		model.addAttribute("unit", unit);
		model.addAttribute("path", queries.path(code));
		model.addAttribute("children", queries.children(code));
		var teams = queries.teamsOf(code);
		model.addAttribute("teams", teams);
		Map<String, String> officeNames = new HashMap<>();
		teams.forEach(t -> t.servedOffices().forEach(
				office -> officeNames.put(office, units.find(office).map(OrgUnit::name).orElse(office))));
		model.addAttribute("officeNames", officeNames);
		return "org/unit";
	}
}
