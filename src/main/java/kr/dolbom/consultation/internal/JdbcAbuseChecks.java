package kr.dolbom.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.shared.Paging;

/** Abuse checklists with their answers and, for a suspected case, the report that was made. */
@Repository
public class JdbcAbuseChecks {

	private static final String COLUMNS = """
			id, person_id, office_code, kind, checked_on, note, suspected, reported_at, report_channel, reported_to,
			report_reference, reported_by, recorded_by, recorded_at""";

	private final JdbcClient jdbc;

	JdbcAbuseChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Report(OffsetDateTime reportedAt, AbuseCheckKind.ReportChannel channel, String reportedTo,
			String reference, UUID reportedBy) {
	}

	public record AbuseCheck(UUID id, UUID personId, String officeCode, AbuseCheckKind kind, LocalDate checkedOn,
			String note, boolean suspected, Report report, Map<String, Boolean> answers, UUID recordedBy,
			OffsetDateTime recordedAt) {
	}

	void insert(AbuseCheck c) {
		var r = c.report();
		jdbc.sql("INSERT INTO abuse_check (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(c.id(), c.personId(), c.officeCode(), c.kind().name(), c.checkedOn(), c.note(), c.suspected(),
						r == null ? null : r.reportedAt(), r == null ? null : r.channel().name(),
						r == null ? null : r.reportedTo(), r == null ? null : r.reference(), r == null ? null : r.reportedBy(),
						c.recordedBy(), c.recordedAt())
				.update();
		for (var answer : c.answers().entrySet()) {
			jdbc.sql("INSERT INTO abuse_check_answer (check_id, item_code, answer) VALUES (?, ?, ?)")
					.params(c.id(), answer.getKey(), answer.getValue()).update();
		}
	}

	Optional<AbuseCheck> find(UUID id) {
		return withAnswers(jdbc.sql("SELECT " + COLUMNS + " FROM abuse_check WHERE id = ?").param(id)
				.query((rs, n) -> row(rs)).list()).stream().findFirst();
	}

	List<AbuseCheck> ofPerson(UUID personId) {
		return withAnswers(jdbc.sql("SELECT " + COLUMNS + " FROM abuse_check WHERE person_id = ? ORDER BY checked_on DESC, recorded_at DESC")
				.param(personId).query((rs, n) -> row(rs)).list());
	}

	List<AbuseCheck> list(Collection<String> offices, boolean suspectedOnly, Paging paging) {
		return withAnswers(jdbc.sql("SELECT " + COLUMNS + " FROM abuse_check WHERE office_code IN (:offices)"
				+ (suspectedOnly ? " AND suspected = TRUE" : "")
				+ " ORDER BY checked_on DESC, recorded_at DESC LIMIT :limit OFFSET :offset")
				.param("offices", offices).param("limit", paging.size()).param("offset", paging.offset())
				.query((rs, n) -> row(rs)).list());
	}

	long count(Collection<String> offices, boolean suspectedOnly) {
		return jdbc.sql("SELECT COUNT(*) FROM abuse_check WHERE office_code IN (:offices)"
				+ (suspectedOnly ? " AND suspected = TRUE" : "")).param("offices", offices).query(Long.class).single();
	}

	private List<AbuseCheck> withAnswers(List<AbuseCheck> checks) {
		if (checks.isEmpty()) {
			return checks;
		}
		Map<UUID, Map<String, Boolean>> answers = new HashMap<>();
		jdbc.sql("SELECT check_id, item_code, answer FROM abuse_check_answer WHERE check_id IN (:ids)")
				.param("ids", checks.stream().map(AbuseCheck::id).toList())
				.query((rs, n) -> {
					answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>()).put(rs.getString(2), rs.getBoolean(3));
					return 0;
				}).list();
		return checks.stream().map(c -> {
			Map<String, Boolean> ordered = new LinkedHashMap<>();
			var given = answers.getOrDefault(c.id(), Map.of());
			c.kind().items().forEach(item -> {
				if (given.containsKey(item)) {
					ordered.put(item, given.get(item));
				}
			});
			return new AbuseCheck(c.id(), c.personId(), c.officeCode(), c.kind(), c.checkedOn(), c.note(), c.suspected(),
					c.report(), ordered, c.recordedBy(), c.recordedAt());
		}).toList();
	}

	private static AbuseCheck row(ResultSet rs) throws SQLException {
		var channel = rs.getString(9);
		var report = channel == null ? null : new Report(rs.getObject(8, OffsetDateTime.class),
				AbuseCheckKind.ReportChannel.valueOf(channel), rs.getString(10), rs.getString(11), rs.getObject(12, UUID.class));
		return new AbuseCheck(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				AbuseCheckKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBoolean(7),
				report, Map.of(), rs.getObject(13, UUID.class), rs.getObject(14, OffsetDateTime.class));
	}
}
