package kr.dolbom.org.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.Scope;
import kr.dolbom.org.Team;
import kr.dolbom.org.TeamKind;

/**
 * The one place that decides what a user may see (domain.md §1): a 읍면동 user sees that 읍면동, or
 * the offices their 권역형 team serves; a 시군구 user all its 읍면동; a 시도 user all its 시군구;
 * nobody sees outside their scope. The administrator sees the hierarchy but no residents.
 */
@Component
public class ScopeResolver {

	private final OrgUnits units;

	ScopeResolver(OrgUnits units) {
		this.units = units;
	}

	public Scope resolve(List<RoleGrant> grants, Team team) {
		Set<String> roots = new HashSet<>();
		Set<String> offices = new HashSet<>();
		boolean national = false;
		for (var grant : grants) {
			if (grant.role() == Role.ADMIN) {
				national = true;
				continue;
			}
			if (units.find(grant.orgUnitCode()).isEmpty()) {
				continue; // a grant at an abolished unit gives nothing until it is moved
			}
			roots.add(grant.orgUnitCode());
			if (grant.role().seesPersonalDataOfScope()) {
				units.officesUnder(grant.orgUnitCode()).stream().map(OrgUnit::code).forEach(offices::add);
			}
			if (grant.role().followsTeamOffices() && team != null && team.kind() == TeamKind.OUTREACH) {
				roots.addAll(team.servedOffices());
				offices.addAll(team.servedOffices());
			}
		}
		return new Scope(roots, offices, national);
	}

	/** Org data (names and codes of units) is visible within, above and below the user's roots. */
	public boolean canSeeOrgUnit(Scope scope, String code) {
		if (scope.national()) {
			return units.find(code).isPresent();
		}
		return scope.roots().stream().anyMatch(root -> units.isWithin(code, root) || units.isWithin(root, code));
	}
}
