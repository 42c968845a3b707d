package kr.dolbom.org.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Team;
import kr.dolbom.org.TeamKind;
import kr.dolbom.org.TeamModel;
import kr.dolbom.org.Teams;
import kr.dolbom.org.internal.OrgQueries;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation")
class OrgApiController {

	private final OrgQueries queries;
	private final OrgUnits units;
	private final Teams teams;
	private final CurrentUser currentUser;

	OrgApiController(OrgQueries queries, OrgUnits units, Teams teams, CurrentUser currentUser) {
		this.queries = queries;
		this.units = units;
		this.teams = teams;
		this.currentUser = currentUser;
	}

	record UnitView(String code, String name, String fullName, OrgUnitLevel level, String parentCode) {

		static UnitView of(OrgUnit unit) {
			return new UnitView(unit.code(), unit.name(), unit.fullName(), unit.level(), unit.parentCode());
		}
	}

	record TeamView(UUID id, String name, TeamKind kind, TeamModel model, String homeUnitCode,
			List<String> servedOffices) {

		static TeamView of(Team team) {
			return new TeamView(team.id(), team.name(), team.kind(), team.model(), team.homeUnitCode(),
					team.servedOffices());
		}
	}

	record GrantView(String role, UnitView orgUnit) {
	}

	record MeView(String id, String username, String name, List<String> roles, UnitView orgUnit,
			List<GrantView> grants, List<String> scope, boolean national, TeamView team, String agency) {
	}

	@GetMapping("/org-units")
	@Operation(summary = "Children of an org unit (the visible 시도 without parent); outside the caller's scope: 404")
	List<UnitView> children(@RequestParam(required = false) String parent) {
		return queries.children(parent).stream().map(UnitView::of).toList();
	}

	@GetMapping("/org-units/{code}")
	UnitView unit(@PathVariable String code) {
		return UnitView.of(queries.unit(code));
	}

	@GetMapping("/org-units/{code}/teams")
	@Operation(summary = "Teams based at or serving the unit")
	List<TeamView> teams(@PathVariable String code) {
		return queries.teamsOf(code).stream().map(TeamView::of).toList();
	}

	@GetMapping("/me")
	MeView me() {
		var user = currentUser.get();
		var grants = user.grants().stream()
				.map(g -> new GrantView(g.role().name(), units.find(g.orgUnitCode()).map(UnitView::of).orElse(null)))
				.toList();
		var home = user.homeUnitCode().flatMap(units::find).map(UnitView::of).orElse(null);
		var team = user.teamId() == null ? null : teams.find(user.teamId()).map(TeamView::of).orElse(null);
		return new MeView(user.id().toString(), user.username(), user.name(),
				user.grants().stream().map(g -> g.role().name()).distinct().toList(), home, grants,
				user.scope().roots().stream().sorted().toList(), user.scope().national(), team, user.agency());
	}
}
