package kr.dolbom.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.shared.StaleVersionException;

@Repository
class JdbcIncidentReports {

	private static final String COLUMNS = """
			id, office_code, visit_id, household_id, occurred_at, place, people_involved, supervisor, damage_summary,
			risk_detail, damage_extent, client_behaviour, bystander_behaviour, staff_reaction, witness_account,
			police_reported, supervisor_plan, outcome, reviewed_by, reviewed_at, reported_by, reported_at, version""";

	private final JdbcClient jdbc;

	JdbcIncidentReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(IncidentReport r) {
		jdbc.sql("INSERT INTO incident_report (" + COLUMNS + ") VALUES (" + "?, ".repeat(22) + "0)")
				.params(r.id(), r.officeCode(), r.visitId(), r.householdId(), r.occurredAt(), r.place(), r.peopleInvolved(),
						r.supervisor(), r.damageSummary(), r.riskDetail(), r.damageExtent(), r.clientBehaviour(),
						r.bystanderBehaviour(), r.staffReaction(), r.witnessAccount(), r.policeReported(), r.supervisorPlan(),
						r.outcome(), r.reviewedBy(), r.reviewedAt(), r.reportedBy(), r.reportedAt())
				.update();
	}

	void review(UUID id, int version, String plan, String outcome, UUID by, OffsetDateTime at) {
		int n = jdbc.sql("""
				UPDATE incident_report SET supervisor_plan = ?, outcome = ?, reviewed_by = ?, reviewed_at = ?,
				  version = version + 1 WHERE id = ? AND version = ?""")
				.params(plan, outcome, by, at, id, version).update();
		if (n == 0) {
			throw new StaleVersionException();
		}
	}

	Optional<IncidentReport> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident_report WHERE id = ?").param(id)
				.query(JdbcIncidentReports::row).optional();
	}

	List<IncidentReport> ofOffices(Collection<String> offices) {
		if (offices.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident_report WHERE office_code IN (:offices) ORDER BY occurred_at DESC, id")
				.param("offices", offices).query(JdbcIncidentReports::row).list();
	}

	boolean existFor(UUID household) {
		return jdbc.sql("SELECT COUNT(*) FROM incident_report WHERE household_id = ?").param(household)
				.query(Long.class).single() > 0;
	}

	private static IncidentReport row(ResultSet rs, int n) throws SQLException {
		return new IncidentReport(rs.getObject("id", UUID.class), rs.getString("office_code"),
				rs.getObject("visit_id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("place"), rs.getString("people_involved"),
				rs.getString("supervisor"), rs.getString("damage_summary"), rs.getString("risk_detail"),
				rs.getString("damage_extent"), rs.getString("client_behaviour"), rs.getString("bystander_behaviour"),
				rs.getString("staff_reaction"), rs.getString("witness_account"), rs.getBoolean("police_reported"),
				rs.getString("supervisor_plan"), rs.getString("outcome"), rs.getObject("reviewed_by", UUID.class),
				rs.getObject("reviewed_at", OffsetDateTime.class), rs.getObject("reported_by", UUID.class),
				rs.getObject("reported_at", OffsetDateTime.class), rs.getInt("version"));
	}
}
