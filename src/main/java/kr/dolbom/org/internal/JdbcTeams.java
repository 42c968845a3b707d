package kr.dolbom.org.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.Team;
import kr.dolbom.org.TeamKind;
import kr.dolbom.org.TeamModel;
import kr.dolbom.org.Teams;
import kr.dolbom.shared.StaleVersionException;

@Repository
public class JdbcTeams implements Teams {

	private final JdbcClient jdbc;

	JdbcTeams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Team> find(UUID id) {
		return load("WHERE t.id = :id", Map.of("id", id)).stream().findFirst();
	}

	@Override
	public List<Team> serving(String orgUnitCode) {
		return load("""
				WHERE t.home_unit_code = :code
				   OR t.id IN (SELECT team_id FROM team_office WHERE office_code = :code)""",
				Map.of("code", orgUnitCode));
	}

	public List<Team> under(List<String> unitCodes) {
		if (unitCodes.isEmpty()) {
			return List.of();
		}
		return load("WHERE t.home_unit_code IN (:codes)", Map.of("codes", unitCodes));
	}

	public List<Team> all() {
		return load("", Map.of());
	}

	@Transactional
	public Team insert(Team team) {
		jdbc.sql("INSERT INTO team (id, name, kind, model, home_unit_code, version) VALUES (?, ?, ?, ?, ?, 0)")
				.params(team.id(), team.name(), team.kind().name(), team.model() == null ? null : team.model().name(),
						team.homeUnitCode())
				.update();
		insertOffices(team.id(), team.servedOffices());
		return find(team.id()).orElseThrow();
	}

	@Transactional
	public Team update(Team team) {
		int updated = jdbc.sql("""
				UPDATE team SET name = ?, model = ?, version = version + 1 WHERE id = ? AND version = ?""")
				.params(team.name(), team.model() == null ? null : team.model().name(), team.id(), team.version())
				.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
		jdbc.sql("DELETE FROM team_office WHERE team_id = ?").param(team.id()).update();
		insertOffices(team.id(), team.servedOffices());
		return find(team.id()).orElseThrow();
	}

	private void insertOffices(UUID teamId, List<String> offices) {
		for (var office : offices) {
			jdbc.sql("INSERT INTO team_office (team_id, office_code) VALUES (?, ?)").params(teamId, office).update();
		}
	}

	private List<Team> load(String where, Map<String, ?> params) {
		record Row(UUID id, String name, String kind, String model, String home, int version) {
		}
		var rows = jdbc.sql("SELECT t.id, t.name, t.kind, t.model, t.home_unit_code, t.version FROM team t " + where
				+ " ORDER BY t.home_unit_code, t.name")
				.params(params)
				.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
						rs.getString("model"), rs.getString("home_unit_code"), rs.getInt("version")))
				.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<String>> offices = new HashMap<>();
		jdbc.sql("SELECT team_id, office_code FROM team_office WHERE team_id IN (:ids) ORDER BY office_code")
				.param("ids", rows.stream().map(Row::id).toList())
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
				.list()
				.forEach(e -> offices.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<UUID, Team> teams = new LinkedHashMap<>();
		for (var row : rows) {
			teams.put(row.id(), new Team(row.id(), row.name(), TeamKind.valueOf(row.kind()),
					row.model() == null ? null : TeamModel.valueOf(row.model()), row.home(),
					offices.getOrDefault(row.id(), List.of()), row.version()));
		}
		return List.copyOf(teams.values());
	}
}
