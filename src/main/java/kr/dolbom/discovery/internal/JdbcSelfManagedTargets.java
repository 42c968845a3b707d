package kr.dolbom.discovery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.people.PersonId;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.StaleVersionException;

@Repository
class JdbcSelfManagedTargets {

	private static final String COLUMNS = "id, person_id, office_code, source, reason, assignee_id, visit_cycle_months, "
			+ "visit_count, notes, registered_on, registered_by, released_on, release_reason, version";

	private final JdbcClient jdbc;

	JdbcSelfManagedTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SelfManagedTarget t, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO discovery_self_managed (id, person_id, active_person_id, office_code, source, reason, assignee_id,
				  visit_cycle_months, visit_count, notes, registered_on, registered_by, created_at, version)
				VALUES (:id, :person, :person, :office, :source, :reason, :assignee, :cycle, :count, :notes, :on, :by, :now, 0)""")
				.param("id", t.id()).param("person", t.personId().value()).param("office", t.officeCode())
				.param("source", t.source().name()).param("reason", t.reason()).param("assignee", t.assigneeId())
				.param("cycle", t.visitCycleMonths()).param("count", t.visitCount()).param("notes", t.notes())
				.param("on", t.registeredOn()).param("by", t.registeredBy()).param("now", now)
				.update();
	}

	Optional<SelfManagedTarget> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM discovery_self_managed WHERE id = :id").param("id", id)
				.query(JdbcSelfManagedTargets::map).optional();
	}

	Optional<SelfManagedTarget> activeOf(PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM discovery_self_managed WHERE active_person_id = :p")
				.param("p", person.value()).query(JdbcSelfManagedTargets::map).optional();
	}

	List<UUID> activePersonsAmong(Collection<UUID> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT active_person_id FROM discovery_self_managed WHERE active_person_id IN (:p)")
				.param("p", persons).query(UUID.class).list();
	}

	List<SelfManagedTarget> list(Collection<String> offices, boolean released, int limit, long offset) {
		if (offices.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM discovery_self_managed WHERE office_code IN (:offices) AND "
				+ (released ? "released_on IS NOT NULL" : "released_on IS NULL")
				+ " ORDER BY registered_on DESC, id DESC LIMIT :limit OFFSET :offset")
				.param("offices", offices).param("limit", limit).param("offset", offset)
				.query(JdbcSelfManagedTargets::map).list();
	}

	long count(Collection<String> offices, boolean released) {
		if (offices.isEmpty()) {
			return 0;
		}
		return jdbc.sql("SELECT COUNT(*) FROM discovery_self_managed WHERE office_code IN (:offices) AND "
				+ (released ? "released_on IS NOT NULL" : "released_on IS NULL")).param("offices", offices)
				.query(Long.class).single();
	}

	void update(SelfManagedTarget t) {
		int updated = jdbc.sql("""
				UPDATE discovery_self_managed SET reason = :reason, assignee_id = :assignee, visit_cycle_months = :cycle,
				  visit_count = :count, notes = :notes, version = version + 1
				WHERE id = :id AND version = :version""")
				.param("reason", t.reason()).param("assignee", t.assigneeId()).param("cycle", t.visitCycleMonths())
				.param("count", t.visitCount()).param("notes", t.notes()).param("id", t.id()).param("version", t.version())
				.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	void release(UUID id, int version, LocalDate on, String reason) {
		int updated = jdbc.sql("""
				UPDATE discovery_self_managed SET released_on = :on, release_reason = :reason, active_person_id = NULL,
				  version = version + 1
				WHERE id = :id AND version = :version AND released_on IS NULL""")
				.param("on", on).param("reason", reason).param("id", id).param("version", version).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	void history(UUID target, OffsetDateTime at, UUID userId, String userName, String action, String detail) {
		jdbc.sql("""
				INSERT INTO discovery_self_managed_history (id, target_id, at, user_id, user_name, action, detail)
				VALUES (:id, :target, :at, :user, :name, :action, :detail)""")
				.param("id", Ids.newId()).param("target", target).param("at", at).param("user", userId)
				.param("name", userName).param("action", action).param("detail", detail).update();
	}

	List<SelfManagedHistoryEntry> historyOf(UUID target) {
		return jdbc.sql("""
				SELECT id, target_id, at, user_id, user_name, action, detail FROM discovery_self_managed_history
				WHERE target_id = :t ORDER BY at, id""").param("t", target)
				.query((rs, n) -> new SelfManagedHistoryEntry(rs.getObject("id", UUID.class), rs.getObject("target_id", UUID.class),
						rs.getObject("at", OffsetDateTime.class), rs.getObject("user_id", UUID.class),
						rs.getString("user_name"), rs.getString("action"), rs.getString("detail")))
				.list();
	}

	private static SelfManagedTarget map(ResultSet rs, int row) throws SQLException {
		int cycleValue = rs.getInt("visit_cycle_months");
		Integer cycle = rs.wasNull() ? null : cycleValue;
		return new SelfManagedTarget(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
				rs.getString("office_code"), SelfManagedSource.valueOf(rs.getString("source")), rs.getString("reason"),
				rs.getObject("assignee_id", UUID.class), cycle, rs.getInt("visit_count"),
				rs.getString("notes"), rs.getObject("registered_on", LocalDate.class),
				rs.getObject("registered_by", UUID.class), rs.getObject("released_on", LocalDate.class),
				rs.getString("release_reason"), rs.getInt("version"));
	}
}
