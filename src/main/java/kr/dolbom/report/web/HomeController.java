package kr.dolbom.report.web;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.org.Teams;

/**
 * The home page of the signed-in user: who they are, where they work, what they may see and the
 * work areas their roles open. Each module adds its section to this page as it arrives.
 */
@Controller
class HomeController {

	private final CurrentUser currentUser;
	private final OrgUnits units;
	private final Teams teams;

	HomeController(CurrentUser currentUser, OrgUnits units, Teams teams) {
		this.currentUser = currentUser;
		this.units = units;
		this.teams = teams;
	}

	record GrantLine(Role role, String unitName) {
	}

	@GetMapping("/")
	String home(Model model) {
		var user = currentUser.get();
		List<GrantLine> grants = user.grants().stream()
				.map(g -> new GrantLine(g.role(), units.find(g.orgUnitCode()).map(u -> u.fullName()).orElse(g.orgUnitCode())))
				.toList();
		model.addAttribute("user", user);
		model.addAttribute("grants", grants);
		model.addAttribute("team", user.teamId() == null ? null : teams.find(user.teamId()).orElse(null));
		model.addAttribute("scopeOffices", user.scope().offices().size());
		model.addAttribute("scopeRoots", user.scope().roots().stream().sorted()
				.map(code -> units.find(code).map(u -> u.fullName()).orElse(null)).filter(Objects::nonNull).toList());
		model.addAttribute("isAdmin", user.hasRole(Role.ADMIN));
		model.addAttribute("isSupervisor", user.hasRole(Role.SUPERVISOR));
		model.addAttribute("isPartner", user.hasRole(Role.PARTNER_CASE_MANAGER));
		return "report/home";
	}
}
