package kr.dolbom.resource.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.shared.StaleVersionException;

/** Overhaul windows (opened centrally) and each 시군구's overhaul within a window. */
@Repository
public class JdbcOverhauls {

	public record Window(UUID id, String title, LocalDate startsOn, LocalDate endsOn, UUID openedBy,
			OffsetDateTime openedAt) {

		public boolean openOn(LocalDate day) {
			return !day.isBefore(startsOn) && !day.isAfter(endsOn);
		}
	}

	public record DistrictOverhaul(UUID windowId, String districtCode, UUID startedBy, OffsetDateTime startedAt,
			UUID completedBy, OffsetDateTime completedAt, int version) {

		public boolean completed() {
			return completedAt != null;
		}
	}

	private final JdbcClient jdbc;

	JdbcOverhauls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertWindow(Window w) {
		jdbc.sql("""
				INSERT INTO resource_overhaul_window (id, title, starts_on, ends_on, opened_by, opened_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
				.params(w.id(), w.title(), w.startsOn(), w.endsOn(), w.openedBy(), w.openedAt()).update();
	}

	public Optional<Window> window(UUID id) {
		return jdbc.sql("SELECT id, title, starts_on, ends_on, opened_by, opened_at FROM resource_overhaul_window WHERE id = ?")
				.param(id).query(JdbcOverhauls::window).optional();
	}

	public List<Window> windows() {
		return jdbc.sql("""
				SELECT id, title, starts_on, ends_on, opened_by, opened_at FROM resource_overhaul_window
				ORDER BY starts_on DESC""").query(JdbcOverhauls::window).list();
	}

	public boolean overlaps(LocalDate startsOn, LocalDate endsOn) {
		return jdbc.sql("SELECT COUNT(*) FROM resource_overhaul_window WHERE starts_on <= ? AND ends_on >= ?")
				.params(endsOn, startsOn).query(Long.class).single() > 0;
	}

	public void start(UUID window, String district, UUID by, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO resource_overhaul (window_id, district_code, started_by, started_at, version)
				VALUES (?, ?, ?, ?, 0)""").params(window, district, by, at).update();
	}

	public Optional<DistrictOverhaul> district(UUID window, String district) {
		return jdbc.sql("""
				SELECT window_id, district_code, started_by, started_at, completed_by, completed_at, version
				FROM resource_overhaul WHERE window_id = ? AND district_code = ?""").params(window, district)
				.query((rs, n) -> new DistrictOverhaul(rs.getObject(1, UUID.class), rs.getString(2),
						rs.getObject(3, UUID.class), rs.getObject(4, OffsetDateTime.class), rs.getObject(5, UUID.class),
						rs.getObject(6, OffsetDateTime.class), rs.getInt(7)))
				.optional();
	}

	public void complete(UUID window, String district, int version, UUID by, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE resource_overhaul SET completed_by = ?, completed_at = ?, version = version + 1
				WHERE window_id = ? AND district_code = ? AND version = ?""")
				.params(by, at, window, district, version).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	private static Window window(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Window(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
				rs.getObject(4, LocalDate.class), rs.getObject(5, UUID.class), rs.getObject(6, OffsetDateTime.class));
	}
}
