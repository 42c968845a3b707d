package kr.dolbom.org.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Service;

import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Team;
import kr.dolbom.shared.NotFoundException;

/** The hierarchy as the caller may see it: units outside their scope answer 404. */
@Service
public class OrgQueries {

	private final OrgUnits units;
	private final JdbcTeams teams;
	private final ScopeResolver scopes;
	private final CurrentUser currentUser;

	OrgQueries(OrgUnits units, JdbcTeams teams, ScopeResolver scopes, CurrentUser currentUser) {
		this.units = units;
		this.teams = teams;
		this.scopes = scopes;
		this.currentUser = currentUser;
	}

	public OrgUnit unit(String code) {
		var scope = currentUser.get().scope();
		if (code == null || !scopes.canSeeOrgUnit(scope, code)) {
			throw new NotFoundException("org-unit", code);
		}
		return units.get(code);
	}

	/** Children of a visible unit that are visible too; without a parent, the visible 시도. */
	public List<OrgUnit> children(String parentCode) {
		var scope = currentUser.get().scope();
		if (parentCode == null || parentCode.isBlank()) {
			return units.provinces().stream().filter(u -> scopes.canSeeOrgUnit(scope, u.code())).toList();
		}
		unit(parentCode);
		return units.children(parentCode).stream().filter(u -> scopes.canSeeOrgUnit(scope, u.code())).toList();
	}

	public List<Team> teamsOf(String code) {
		unit(code);
		return teams.serving(code);
	}

	/** From the 시도 down to the unit. */
	public List<OrgUnit> path(String code) {
		List<OrgUnit> chain = new ArrayList<>(units.ancestorsOrSelf(unit(code).code()));
		Collections.reverse(chain);
		return chain;
	}
}
