package kr.dolbom.report.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.casework.CaseState;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Role;
import kr.dolbom.report.internal.Dashboards;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.NavItem;

/** The dashboards as pages: the team lead's, and the per-unit one of office heads and supervisors. */
@Controller
class DashboardPageController {

	private final Dashboards dashboards;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;

	DashboardPageController(Dashboards dashboards, CurrentUser currentUser, FormErrors formErrors) {
		this.dashboards = dashboards;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
	}

	/** The dashboard that fits the user's role: a team lead's team first, everyone else their unit. */
	@GetMapping("/dashboards")
	String choose() {
		return currentUser.get().hasRole(Role.TEAM_LEAD) && currentUser.get().teamId() != null
				? "redirect:/dashboards/team" : "redirect:/dashboards/units";
	}

	@GetMapping("/dashboards/team")
	String team(Model model) {
		try {
			var dashboard = dashboards.team();
			model.addAttribute("dashboard", dashboard);
			model.addAttribute("stateMax", max(dashboard.states()));
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("dashboard", null);
		}
		model.addAttribute("openStates", Dashboards.OPEN_STATES);
		return "report/dashboard-team";
	}

	@GetMapping("/dashboards/units")
	String units(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "30") int days, Model model) {
		var dashboard = dashboards.units(unit, days);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("stateMax", max(dashboard.total().states()));
		model.addAttribute("openStates", Dashboards.OPEN_STATES);
		model.addAttribute("isTeamLead", currentUser.get().hasRole(Role.TEAM_LEAD));
		return "report/dashboard-units";
	}

	/** Largest count of the bars of a chart, at least 1 so that an empty chart divides safely. */
	static long max(java.util.Map<CaseState, Long> counts) {
		return Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem dashboardNavItem() {
			return new NavItem("report.nav.dashboards", "/dashboards", 30,
					Set.of("TEAM_LEAD", "OFFICE_HEAD", "DISTRICT_SUPPORT", "SUPERVISOR"));
		}
	}
}
