package kr.dolbom.org.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.Access;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.org.Team;
import kr.dolbom.org.TeamKind;
import kr.dolbom.org.TeamModel;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;

/** Teams are set up by the administrator; the model decides which offices a team serves. */
@Service
public class TeamAdministration {

	private final JdbcTeams teams;
	private final OrgUnits units;
	private final Access access;

	TeamAdministration(JdbcTeams teams, OrgUnits units, Access access) {
		this.teams = teams;
		this.units = units;
		this.access = access;
	}

	public List<Team> all() {
		access.requireAnyRole(Role.ADMIN);
		return teams.all();
	}

	public Team get(UUID id) {
		access.requireAnyRole(Role.ADMIN);
		return teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
	}

	@Transactional
	public Team create(String name, TeamKind kind, TeamModel model, String homeUnitCode, List<String> servedOffices) {
		access.requireAnyRole(Role.ADMIN);
		var offices = normalise(kind, homeUnitCode, servedOffices);
		TeamRules.check(name, kind, model, units.find(homeUnitCode).orElse(null), offices, units);
		return teams.insert(new Team(Ids.newId(), name.strip(), kind, model, homeUnitCode, offices, 0));
	}

	@Transactional
	public Team update(UUID id, int version, String name, TeamModel model, List<String> servedOffices) {
		var existing = get(id);
		var offices = normalise(existing.kind(), existing.homeUnitCode(), servedOffices);
		TeamRules.check(name, existing.kind(), model, units.find(existing.homeUnitCode()).orElse(null), offices, units);
		return teams.update(new Team(id, name.strip(), existing.kind(), model, existing.homeUnitCode(), offices, version));
	}

	/** A welfare administration team always serves exactly its own office; nothing to choose. */
	private static List<String> normalise(TeamKind kind, String home, List<String> served) {
		if (kind == TeamKind.WELFARE_ADMIN && home != null) {
			return List.of(home);
		}
		return served == null ? List.of() : served.stream().distinct().sorted().toList();
	}
}
