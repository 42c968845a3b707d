package kr.dolbom.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.org.DolbomUser;

/** Public holidays (reference data) and closures. */
@Repository
class JdbcCalendar {

	private static final String CLOSURE_COLUMNS = "id, org_unit_code, closed_on, name, created_at, created_by_username";

	private final JdbcClient jdbc;

	JdbcCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<LocalDate> publicHolidays() {
		return new HashSet<>(jdbc.sql("SELECT DISTINCT holiday_on FROM public_holiday").query(LocalDate.class).list());
	}

	List<Holiday> holidaysOf(int year) {
		return jdbc.sql("SELECT holiday_on, name, kind FROM public_holiday WHERE holiday_on >= ? AND holiday_on < ? ORDER BY holiday_on, name")
				.params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
				.query((rs, n) -> new Holiday(rs.getObject("holiday_on", LocalDate.class), rs.getString("name"), rs.getString("kind")))
				.list();
	}

	Set<Integer> knownYears() {
		return new HashSet<>(jdbc.sql("SELECT calendar_year FROM public_holiday_year").query(Integer.class).list());
	}

	/** Active closures that apply to any of the units, and the nationwide ones. */
	List<Closure> activeClosuresFor(Collection<String> unitCodes) {
		if (unitCodes.isEmpty()) {
			return jdbc.sql("SELECT " + CLOSURE_COLUMNS + " FROM calendar_closure WHERE removed_at IS NULL AND org_unit_code IS NULL")
					.query(JdbcCalendar::closure).list();
		}
		return jdbc.sql("SELECT " + CLOSURE_COLUMNS + " " + """
				 FROM calendar_closure
				WHERE removed_at IS NULL AND (org_unit_code IS NULL OR org_unit_code IN (:units))""")
				.param("units", List.copyOf(unitCodes))
				.query(JdbcCalendar::closure).list();
	}

	List<Closure> activeClosuresOf(int year) {
		return jdbc.sql("SELECT " + CLOSURE_COLUMNS + " " + """
				 FROM calendar_closure WHERE removed_at IS NULL AND closed_on >= ? AND closed_on < ? ORDER BY closed_on, org_unit_code""")
				.params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
				.query(JdbcCalendar::closure).list();
	}

	Optional<Closure> findActive(UUID id) {
		return jdbc.sql("SELECT " + CLOSURE_COLUMNS + " FROM calendar_closure WHERE id = ? AND removed_at IS NULL")
				.param(id).query(JdbcCalendar::closure).optional();
	}

	boolean activeExists(String unitCode, LocalDate day) {
		return jdbc.sql("SELECT COUNT(*) FROM calendar_closure WHERE active_key = ?")
				.param(activeKey(unitCode, day)).query(Long.class).single() > 0;
	}

	void insert(Closure closure, DolbomUser by) {
		jdbc.sql("""
				INSERT INTO calendar_closure (id, org_unit_code, closed_on, name, created_at, created_by, created_by_username, active_key)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(closure.id(), closure.orgUnitCode(), closure.day(), closure.name(), closure.createdAt(),
						by.id().value(), by.username(), activeKey(closure.orgUnitCode(), closure.day()))
				.update();
	}

	/** @return whether the closure was still active */
	boolean remove(UUID id, DolbomUser by, OffsetDateTime at) {
		return jdbc.sql("""
				UPDATE calendar_closure SET removed_at = ?, removed_by = ?, removed_by_username = ?, active_key = NULL
				WHERE id = ? AND removed_at IS NULL""")
				.params(at, by.id().value(), by.username(), id)
				.update() == 1;
	}

	private static String activeKey(String unitCode, LocalDate day) {
		return (unitCode == null ? "*" : unitCode) + ":" + day;
	}

	private static Closure closure(ResultSet rs, int n) throws SQLException {
		return new Closure(rs.getObject("id", UUID.class), rs.getString("org_unit_code"),
				rs.getObject("closed_on", LocalDate.class), rs.getString("name"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by_username"));
	}
}
