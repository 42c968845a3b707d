package kr.dolbom.audit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The month's access-log figures per user, the downloads, and the reviews done. */
@Repository
class JdbcAccessReviews {

	private static final String IN_UNITS = " AND (subject_unit IN (:units) OR actor_unit IN (:units))";

	/** {@code units} null means the whole country (the administrator's review): no unit filter. */
	private static String inUnits(Collection<String> units) {
		return units == null ? "" : IN_UNITS;
	}

	private static List<String> unitList(Collection<String> units) {
		return units == null ? List.of("-") : List.copyOf(units);
	}

	// hours of the Korean day; AT TIME ZONE works alike on PostgreSQL and H2
	private static final String KOREAN_HOUR = "EXTRACT(HOUR FROM (at AT TIME ZONE 'Asia/Seoul'))";

	private final JdbcClient jdbc;

	JdbcAccessReviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AccessReviewRules.Activity> activity(OffsetDateTime from, OffsetDateTime to, Collection<String> units) {
		return jdbc.sql("""
				SELECT username, COUNT(*) AS entries,
				       COUNT(DISTINCT CASE WHEN subject_type = 'PERSON' THEN subject_id END) AS persons,
				       SUM(CASE WHEN action IN ('EXPORT', 'PRINT') THEN 1 ELSE 0 END) AS downloads,
				       SUM(CASE WHEN action = 'REVEAL' THEN 1 ELSE 0 END) AS reveals,
				       SUM(CASE WHEN %1$s < 7 OR %1$s >= 21 THEN 1 ELSE 0 END) AS after_hours
				FROM access_log WHERE at >= :from AND at < :to""".formatted(KOREAN_HOUR) + inUnits(units)
				+ " GROUP BY username ORDER BY username")
				.param("from", from).param("to", to).param("units", unitList(units))
				.query((rs, i) -> new AccessReviewRules.Activity(rs.getString("username"), rs.getLong("entries"),
						rs.getLong("persons"), rs.getLong("downloads"), rs.getLong("reveals"), rs.getLong("after_hours")))
				.list();
	}

	record Download(OffsetDateTime at, String username, String subjectType, String subjectId, String action,
			String purpose) {
	}

	List<Download> downloads(OffsetDateTime from, OffsetDateTime to, Collection<String> units, int limit) {
		return jdbc.sql("SELECT at, username, subject_type, subject_id, action, purpose FROM access_log"
				+ " WHERE at >= :from AND at < :to AND action IN ('EXPORT', 'PRINT')" + inUnits(units)
				+ " ORDER BY seq LIMIT :limit")
				.param("from", from).param("to", to).param("units", unitList(units)).param("limit", limit)
				.query((rs, i) -> new Download(rs.getObject("at", OffsetDateTime.class), rs.getString("username"),
						rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("action"),
						rs.getString("purpose")))
				.list();
	}

	record Review(UUID id, LocalDate month, String unitCode, UUID reviewerId, String reviewerName,
			OffsetDateTime reviewedAt, long entries, int users, int flaggedUsers, long downloads, String note) {
	}

	Optional<Review> find(LocalDate month, String unitCode) {
		return jdbc.sql("SELECT * FROM access_review WHERE review_month = ? AND unit_code = ?").params(month, unitCode)
				.query(JdbcAccessReviews::review).optional();
	}

	List<Review> ofUnits(Collection<String> units, int limit) {
		return jdbc.sql("SELECT * FROM access_review WHERE " + (units == null ? "1 = 1" : "unit_code IN (:units)")
				+ " ORDER BY review_month DESC, unit_code LIMIT :limit").param("units", unitList(units)).param("limit", limit)
				.query(JdbcAccessReviews::review).list();
	}

	/** False when the month of the unit was reviewed already (the unique key decides, even between nodes). */
	boolean insert(Review review) {
		try {
			jdbc.sql("""
					INSERT INTO access_review (id, review_month, unit_code, reviewer_id, reviewer_name, reviewed_at,
					  entries, users, flagged_users, downloads, note)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(review.id(), review.month(), review.unitCode(), review.reviewerId(), review.reviewerName(),
							review.reviewedAt(), review.entries(), review.users(), review.flaggedUsers(), review.downloads(),
							review.note())
					.update();
			return true;
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			return false;
		}
	}

	private static Review review(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Review(rs.getObject("id", UUID.class), rs.getObject("review_month", LocalDate.class),
				rs.getString("unit_code"), rs.getObject("reviewer_id", UUID.class), rs.getString("reviewer_name"),
				rs.getObject("reviewed_at", OffsetDateTime.class), rs.getLong("entries"), rs.getInt("users"),
				rs.getInt("flagged_users"), rs.getLong("downloads"), rs.getString("note"));
	}
}
