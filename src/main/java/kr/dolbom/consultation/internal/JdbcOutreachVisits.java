package kr.dolbom.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.org.Role;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.PersonId;
import kr.dolbom.shared.StaleVersionException;

@Repository
class JdbcOutreachVisits {

	private static final String COLUMNS = """
			id, office_code, household_id, person_id, target_group, status, planned_on, health_need, notice_sent_on,
			notice_method, appointment_at, risk_checked_at, risk_checked_by, risk_violence, risk_alcohol, risk_infection,
			risk_prior_incident, risk_note, risk_level, police_escort, departed_at, returned_at, visited_on,
			consultation_id, decision, decision_note, initial_consultation_id, cancelled_reason, planned_by, version""";

	private final JdbcClient jdbc;

	JdbcOutreachVisits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OutreachVisit v, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO outreach_visit (id, office_code, household_id, person_id, target_group, status, planned_on,
				  health_need, planned_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(v.id(), v.officeCode(), v.householdId().value(), v.personId() == null ? null : v.personId().value(),
						v.group().name(), v.status().name(), v.plannedOn(), v.healthNeed(), v.plannedBy(), at)
				.update();
		replaceStaff(v.id(), v.staff());
	}

	void replaceStaff(UUID visit, List<OutreachVisit.Staff> staff) {
		jdbc.sql("DELETE FROM outreach_visit_staff WHERE visit_id = ?").param(visit).update();
		for (var s : staff) {
			jdbc.sql("INSERT INTO outreach_visit_staff (visit_id, user_id, role) VALUES (?, ?, ?)")
					.params(visit, s.userId(), s.role().name()).update();
		}
	}

	/** Writes every changeable column of the visit (optimistic locking on its version). */
	void update(OutreachVisit v) {
		var r = v.riskCheck();
		int n = jdbc.sql("""
				UPDATE outreach_visit SET status = ?, planned_on = ?, health_need = ?, notice_sent_on = ?, notice_method = ?,
				  appointment_at = ?, risk_checked_at = ?, risk_checked_by = ?, risk_violence = ?, risk_alcohol = ?,
				  risk_infection = ?, risk_prior_incident = ?, risk_note = ?, risk_level = ?, police_escort = ?,
				  departed_at = ?, returned_at = ?, visited_on = ?, consultation_id = ?, decision = ?, decision_note = ?,
				  initial_consultation_id = ?, cancelled_reason = ?, version = version + 1
				WHERE id = ? AND version = ?""")
				.params(v.status().name(), v.plannedOn(), v.healthNeed(), v.noticeSentOn(),
						v.noticeMethod() == null ? null : v.noticeMethod().name(), v.appointmentAt(),
						r == null ? null : r.checkedAt(), r == null ? null : r.checkedBy(), r == null ? null : r.violence(),
						r == null ? null : r.alcohol(), r == null ? null : r.infection(), r == null ? null : r.priorIncident(),
						r == null ? null : r.note(), r == null ? null : r.level().name(), v.policeEscort(), v.departedAt(),
						v.returnedAt(), v.visitedOn(), v.consultationId(), v.decision() == null ? null : v.decision().name(),
						v.decisionNote(), v.initialConsultationId(), v.cancelledReason(), v.id(), v.version())
				.update();
		if (n == 0) {
			throw new StaleVersionException();
		}
	}

	Optional<OutreachVisit> find(UUID id) {
		return withStaff(jdbc.sql("SELECT " + COLUMNS + " FROM outreach_visit WHERE id = ?").param(id)
				.query(JdbcOutreachVisits::row).list()).stream().findFirst();
	}

	/** The visits of the offices planned (or agreed) for a day, not cancelled: the team visit board. */
	List<OutreachVisit> onDay(Collection<String> offices, LocalDate day) {
		if (offices.isEmpty()) {
			return List.of();
		}
		return withStaff(jdbc.sql("SELECT " + COLUMNS + " " + """
				 FROM outreach_visit WHERE office_code IN (:offices) AND status <> 'CANCELLED'
				 AND (planned_on = :day OR visited_on = :day) ORDER BY appointment_at, planned_on, id""")
				.param("offices", offices).param("day", day).query(JdbcOutreachVisits::row).list());
	}

	/** The office's visits planned or made within [from, until). */
	List<OutreachVisit> ofOffice(String office, LocalDate from, LocalDate until) {
		return withStaff(jdbc.sql("SELECT " + COLUMNS + " " + """
				 FROM outreach_visit WHERE office_code = ? AND ((planned_on >= ? AND planned_on < ?)
				 OR (visited_on >= ? AND visited_on < ?)) ORDER BY planned_on, appointment_at, id""")
				.params(office, from, until, from, until).query(JdbcOutreachVisits::row).list());
	}

	/** Households visited per staff member in [from, until): user → distinct households. */
	Map<UUID, Long> householdsVisitedByStaff(Collection<UUID> users, LocalDate from, LocalDate until) {
		Map<UUID, Long> counts = new HashMap<>();
		if (users.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				SELECT s.user_id, COUNT(DISTINCT v.household_id) FROM outreach_visit v
				JOIN outreach_visit_staff s ON s.visit_id = v.id
				WHERE s.user_id IN (:users) AND v.status = 'VISITED' AND v.visited_on >= :from AND v.visited_on < :until
				GROUP BY s.user_id""")
				.param("users", users).param("from", from).param("until", until)
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2))).list()
				.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** Households visited per office in [from, until). */
	Map<String, Long> householdsVisitedByOffice(Collection<String> offices, LocalDate from, LocalDate until) {
		Map<String, Long> counts = new HashMap<>();
		if (offices.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				SELECT office_code, COUNT(DISTINCT household_id) FROM outreach_visit
				WHERE office_code IN (:offices) AND status = 'VISITED' AND visited_on >= :from AND visited_on < :until
				GROUP BY office_code""")
				.param("offices", offices).param("from", from).param("until", until)
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
				.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	private List<OutreachVisit> withStaff(List<OutreachVisit> visits) {
		if (visits.isEmpty()) {
			return visits;
		}
		Map<UUID, List<OutreachVisit.Staff>> staff = new HashMap<>();
		jdbc.sql("SELECT visit_id, user_id, role FROM outreach_visit_staff WHERE visit_id IN (:ids) ORDER BY visit_id, role, user_id")
				.param("ids", visits.stream().map(OutreachVisit::id).toList())
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
						new OutreachVisit.Staff(rs.getObject(2, UUID.class), Role.valueOf(rs.getString(3)))))
				.list().forEach(e -> staff.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return visits.stream().map(v -> new OutreachVisit(v.id(), v.officeCode(), v.householdId(), v.personId(), v.group(),
				v.status(), v.plannedOn(), v.healthNeed(), v.noticeSentOn(), v.noticeMethod(), v.appointmentAt(),
				v.riskCheck(), v.policeEscort(), v.departedAt(), v.returnedAt(), v.visitedOn(), v.consultationId(),
				v.decision(), v.decisionNote(), v.initialConsultationId(), v.cancelledReason(), v.plannedBy(),
				staff.getOrDefault(v.id(), List.of()), v.version())).toList();
	}

	private static OutreachVisit row(ResultSet rs, int n) throws SQLException {
		var checkedAt = rs.getObject("risk_checked_at", OffsetDateTime.class);
		var risk = checkedAt == null ? null : new OutreachVisit.RiskCheck(rs.getBoolean("risk_violence"),
				rs.getBoolean("risk_alcohol"), rs.getBoolean("risk_infection"), rs.getBoolean("risk_prior_incident"),
				rs.getString("risk_note"), OutreachVisit.RiskLevel.valueOf(rs.getString("risk_level")), checkedAt,
				rs.getObject("risk_checked_by", UUID.class));
		var person = rs.getObject("person_id", UUID.class);
		var notice = rs.getString("notice_method");
		var decision = rs.getString("decision");
		return new OutreachVisit(rs.getObject("id", UUID.class), rs.getString("office_code"),
				new HouseholdId(rs.getObject("household_id", UUID.class)), person == null ? null : new PersonId(person),
				VisitTargetGroup.valueOf(rs.getString("target_group")), OutreachVisit.Status.valueOf(rs.getString("status")),
				rs.getObject("planned_on", LocalDate.class), rs.getBoolean("health_need"),
				rs.getObject("notice_sent_on", LocalDate.class), notice == null ? null : OutreachVisit.NoticeMethod.valueOf(notice),
				rs.getObject("appointment_at", OffsetDateTime.class), risk, rs.getBoolean("police_escort"),
				rs.getObject("departed_at", OffsetDateTime.class), rs.getObject("returned_at", OffsetDateTime.class),
				rs.getObject("visited_on", LocalDate.class), rs.getObject("consultation_id", UUID.class),
				decision == null ? null : OutreachVisit.Decision.valueOf(decision), rs.getString("decision_note"),
				rs.getObject("initial_consultation_id", UUID.class), rs.getString("cancelled_reason"),
				rs.getObject("planned_by", UUID.class), List.of(), rs.getInt("version"));
	}
}
