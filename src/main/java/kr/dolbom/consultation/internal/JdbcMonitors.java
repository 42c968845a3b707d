package kr.dolbom.consultation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.consultation.MonitorDue;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.PersonId;
import kr.dolbom.shared.StaleVersionException;

/** Monitor cycles per household and the findings of monitor consultations. */
@Repository
public class JdbcMonitors {

	private static final String COLUMNS = "household_id, person_id, office_code, cycle_months, last_consulted_on, next_due_on, reason, version";

	private final JdbcClient jdbc;

	JdbcMonitors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Cycle(MonitorDue due, String reason, int version) {
	}

	public record Findings(UUID consultationId, UUID householdId, MonitorMethod method, boolean livingSafe,
			Boolean indoorMembersOk, boolean servicesDelivered, Integer satisfaction, String changes,
			boolean reentryNeeded) {
	}

	Optional<Cycle> cycle(HouseholdId household) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitor_cycle WHERE household_id = ?").param(household.value())
				.query((rs, n) -> row(rs)).optional();
	}

	void insertCycle(MonitorDue due, String reason, UUID by, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO monitor_cycle (household_id, person_id, office_code, cycle_months, last_consulted_on,
				  next_due_on, reason, set_by, set_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(due.householdId().value(), due.personId().value(), due.officeCode(), due.cycleMonths(),
						due.lastConsultedOn(), due.nextDueOn(), reason, by, at)
				.update();
	}

	void updateCycle(MonitorDue due, String reason, int version, UUID by, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE monitor_cycle SET person_id = ?, office_code = ?, cycle_months = ?, last_consulted_on = ?,
				  next_due_on = ?, reason = ?, set_by = ?, set_at = ?, version = version + 1
				WHERE household_id = ? AND version = ?""")
				.params(due.personId().value(), due.officeCode(), due.cycleMonths(), due.lastConsultedOn(),
						due.nextDueOn(), reason, by, at, due.householdId().value(), version)
				.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	List<MonitorDue> dueBy(String officeCode, LocalDate lastDay) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitor_cycle WHERE office_code = ? AND next_due_on <= ? ORDER BY next_due_on, household_id")
				.params(officeCode, lastDay).query((rs, n) -> row(rs).due()).list();
	}

	void insertFindings(Findings f) {
		jdbc.sql("""
				INSERT INTO monitor_consultation (consultation_id, household_id, method, living_safe, indoor_members_ok,
				  services_delivered, satisfaction, changes, reentry_needed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(f.consultationId(), f.householdId(), f.method().name(), f.livingSafe(), f.indoorMembersOk(),
						f.servicesDelivered(), f.satisfaction(), f.changes(), f.reentryNeeded())
				.update();
	}

	List<Findings> findingsOf(HouseholdId household) {
		return jdbc.sql("""
				SELECT m.consultation_id, m.household_id, m.method, m.living_safe, m.indoor_members_ok, m.services_delivered,
				  m.satisfaction, m.changes, m.reentry_needed
				FROM monitor_consultation m JOIN consultation c ON c.id = m.consultation_id
				WHERE m.household_id = ? ORDER BY c.consulted_on DESC, c.recorded_at DESC""")
				.param(household.value())
				.query((rs, n) -> new Findings(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						MonitorMethod.valueOf(rs.getString(3)), rs.getBoolean(4), (Boolean) rs.getObject(5), rs.getBoolean(6),
						(Integer) rs.getObject(7), rs.getString(8), rs.getBoolean(9)))
				.list();
	}

	private static Cycle row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Cycle(new MonitorDue(new HouseholdId(rs.getObject(1, UUID.class)), new PersonId(rs.getObject(2, UUID.class)),
				rs.getString(3), rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)),
				rs.getString(7), rs.getInt(8));
	}
}
