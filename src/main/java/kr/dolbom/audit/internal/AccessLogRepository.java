package kr.dolbom.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;

@Repository
class AccessLogRepository {

	private static final String COLUMNS = """
			seq, at, user_id, username, actor_unit, client_address, subject_type, subject_id, subject_unit,
			action, purpose, prev_hash, hash""";

	private final JdbcClient jdbc;

	AccessLogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Entries after {@code afterSeq} in chain order, a batch at a time (keyset paging). */
	List<AccessEntry> batchAfter(long afterSeq, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM access_log WHERE seq > ? ORDER BY seq LIMIT ?")
				.params(afterSeq, limit).query(AccessLogRepository::row).list();
	}

	record Head(long lastSeq, String lastHash) {
	}

	Head head() {
		return jdbc.sql("SELECT last_seq, last_hash FROM access_log_head WHERE id = 1")
				.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
	}

	PageResult<AccessEntry> search(AccessLogQuery query, List<String> restrictToUnits, Paging paging) {
		var where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (query.from() != null) {
			where.append(" AND at >= :from");
			params.put("from", query.from());
		}
		if (query.to() != null) {
			where.append(" AND at < :to");
			params.put("to", query.to());
		}
		if (query.username() != null) {
			where.append(" AND username = :username");
			params.put("username", query.username());
		}
		if (query.subjectType() != null) {
			where.append(" AND subject_type = :subjectType");
			params.put("subjectType", query.subjectType());
		}
		if (query.subjectId() != null) {
			where.append(" AND subject_id = :subjectId");
			params.put("subjectId", query.subjectId());
		}
		if (query.action() != null) {
			where.append(" AND action = :action");
			params.put("action", query.action().name());
		}
		if (restrictToUnits != null) {
			if (restrictToUnits.isEmpty()) {
				return new PageResult<>(List.of(), paging.page(), paging.size(), 0);
			}
			where.append(" AND (subject_unit IN (:units) OR actor_unit IN (:units))");
			params.put("units", restrictToUnits);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM access_log" + where).params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		var items = jdbc.sql("SELECT " + COLUMNS + " FROM access_log" + where
				+ " ORDER BY seq DESC LIMIT :limit OFFSET :offset").params(params).query(AccessLogRepository::row)
				.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	static AccessEntry row(ResultSet rs, int n) throws SQLException {
		return new AccessEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getString("actor_unit"),
				rs.getString("client_address"), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getString("subject_unit"), rs.getString("action"), rs.getString("purpose"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}
}
