package kr.dolbom.discovery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.RoundState;

/** {@code discovery_round} and {@code discovery_file}. */
@Component
public class JdbcRounds {

	public record RoundRecord(RoundId id, String label, RoundState state, LocalDate referenceDate, int selectionCount,
			long recordCount, long personCount, long householdCount, long selectedCount, long skippedCount,
			long targetCount, OffsetDateTime createdAt, OffsetDateTime scoredAt, OffsetDateTime distributedAt,
			int version) {
	}

	public record FileRecord(UUID id, String indicatorCode, String encoding, int recordCount, OffsetDateTime uploadedAt) {
	}

	private static final String COLUMNS = """
			id, label, state, reference_date, selection_count, record_count, person_count, household_count,
			selected_count, skipped_count, target_count, created_at, scored_at, distributed_at, version""";

	private final JdbcClient jdbc;

	JdbcRounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RoundId id, String label, LocalDate referenceDate, int selectionCount, UUID createdBy,
			OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO discovery_round (id, label, state, reference_date, selection_count, created_at, created_by)
				VALUES (?, ?, 'CREATED', ?, ?, ?, ?)""").params(id.value(), label, referenceDate, selectionCount, now,
				createdBy).update();
	}

	boolean labelTaken(String label) {
		return jdbc.sql("SELECT COUNT(*) FROM discovery_round WHERE label = ?").param(label).query(Long.class)
				.single() > 0;
	}

	Optional<RoundRecord> find(RoundId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM discovery_round WHERE id = ?").param(id.value())
				.query(JdbcRounds::round).optional();
	}

	/** Locks the round's row for the step (two operators starting the same step wait for each other). */
	Optional<RoundRecord> lock(RoundId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM discovery_round WHERE id = ? FOR UPDATE").param(id.value())
				.query(JdbcRounds::round).optional();
	}

	List<RoundRecord> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM discovery_round ORDER BY reference_date DESC, label DESC")
				.query(JdbcRounds::round).list();
	}

	List<FileRecord> files(RoundId id) {
		return jdbc.sql("""
				SELECT f.id, f.indicator_code, f.encoding, f.record_count, f.uploaded_at FROM discovery_file f
				JOIN discovery_indicator i ON i.code = f.indicator_code WHERE f.round_id = ? ORDER BY i.sort_order""")
				.param(id.value())
				.query((rs, n) -> new FileRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getInt(4), rs.getObject(5, OffsetDateTime.class)))
				.list();
	}

	boolean hasFile(RoundId id, String indicator) {
		return jdbc.sql("SELECT COUNT(*) FROM discovery_file WHERE round_id = ? AND indicator_code = ?")
				.params(id.value(), indicator).query(Long.class).single() > 0;
	}

	void countRecords(RoundId id) {
		jdbc.sql("""
				UPDATE discovery_round SET
				  record_count = (SELECT COUNT(*) FROM discovery_record WHERE round_id = :id),
				  person_count = (SELECT COUNT(*) FROM discovery_subject WHERE round_id = :id),
				  version = version + 1
				WHERE id = :id""").param("id", id.value()).update();
	}

	void distributed(RoundId id, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE discovery_round SET state = 'DISTRIBUTED', distributed_at = COALESCE(distributed_at, :now),
				  target_count = (SELECT COUNT(*) FROM discovery_target WHERE round_id = :id), version = version + 1
				WHERE id = :id""").param("id", id.value()).param("now", now).update();
	}

	static RoundRecord round(ResultSet rs, int n) throws SQLException {
		return new RoundRecord(new RoundId(rs.getObject("id", UUID.class)), rs.getString("label"),
				RoundState.valueOf(rs.getString("state")), rs.getObject("reference_date", LocalDate.class),
				rs.getInt("selection_count"), rs.getLong("record_count"), rs.getLong("person_count"),
				rs.getLong("household_count"), rs.getLong("selected_count"), rs.getLong("skipped_count"),
				rs.getLong("target_count"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("scored_at", OffsetDateTime.class), rs.getObject("distributed_at", OffsetDateTime.class),
				rs.getInt("version"));
	}
}
