package kr.dolbom.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.SubjectType;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;

@Repository
class JdbcNotifications {

	/** Who may see a reminder: see {@link #visibility}. */
	record Audience(UUID userId, UUID teamId, Set<String> scopeOffices, Set<String> leadOffices) {
	}

	private final JdbcClient jdbc;

	JdbcNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DeadlineRecord d, Notification.Kind kind, LocalDate today, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO deadline_notification (id, deadline_id, kind, user_id, team_id, office_code, subject_type, subject_id,
				                                   step, due_on, created_on, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(Ids.newId(), d.id(), kind.name(), d.assigneeId(),
						d.assigneeId() == null ? d.teamId() : null, d.officeCode(), d.subject().type().name(),
						d.subject().id(), d.step().name(), d.dueOn(), today, at)
				.update();
	}

	/**
	 * A reminder addressed to the user, to their team (nobody assigned), or for a deadline nobody
	 * owns to the team leads and office heads of its office; and always within the caller's scope.
	 */
	private static String visibility(Audience audience, Map<String, Object> params) {
		params.put("user", audience.userId());
		params.put("offices", List.copyOf(audience.scopeOffices()));
		var sql = new StringBuilder(" n.office_code IN (:offices) AND (n.user_id = :user");
		if (audience.teamId() != null) {
			sql.append(" OR (n.user_id IS NULL AND n.team_id = :team)");
			params.put("team", audience.teamId());
		}
		if (!audience.leadOffices().isEmpty()) {
			sql.append(" OR (n.user_id IS NULL AND n.team_id IS NULL AND n.office_code IN (:leadOffices))");
			params.put("leadOffices", List.copyOf(audience.leadOffices()));
		}
		return sql.append(")").toString();
	}

	PageResult<Notification> visibleTo(Audience audience, boolean unreadOnly, Paging paging) {
		if (audience.scopeOffices().isEmpty()) {
			return new PageResult<>(List.of(), paging.page(), paging.size(), 0);
		}
		Map<String, Object> params = new HashMap<>();
		var where = " WHERE" + visibility(audience, params) + (unreadOnly ? " AND r.user_id IS NULL" : "");
		var from = " FROM deadline_notification n LEFT JOIN deadline_notification_read r"
				+ " ON r.notification_id = n.id AND r.user_id = :user";
		long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		var items = jdbc.sql("""
				SELECT n.id, n.deadline_id, n.kind, n.user_id, n.team_id, n.subject_type, n.subject_id, n.step, n.due_on,
				       n.office_code, n.created_at, r.read_at""" + from + where
				+ " ORDER BY CASE WHEN r.read_at IS NULL THEN 0 ELSE 1 END, n.created_at DESC, n.id LIMIT :limit OFFSET :offset")
				.params(params).query(JdbcNotifications::row).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	long unreadCount(Audience audience) {
		if (audience.scopeOffices().isEmpty()) {
			return 0;
		}
		Map<String, Object> params = new HashMap<>();
		var where = visibility(audience, params);
		return jdbc.sql("SELECT COUNT(*) FROM deadline_notification n WHERE" + where + " " + """
				 AND NOT EXISTS (SELECT 1 FROM deadline_notification_read r WHERE r.notification_id = n.id AND r.user_id = :user)""")
				.params(params).query(Long.class).single();
	}

	boolean isVisible(UUID id, Audience audience) {
		if (audience.scopeOffices().isEmpty()) {
			return false;
		}
		Map<String, Object> params = new HashMap<>();
		var where = visibility(audience, params);
		params.put("id", id);
		return jdbc.sql("SELECT COUNT(*) FROM deadline_notification n WHERE n.id = :id AND" + where).params(params)
				.query(Long.class).single() > 0;
	}

	void markRead(UUID id, UUID userId, OffsetDateTime at) {
		long already = jdbc.sql("SELECT COUNT(*) FROM deadline_notification_read WHERE notification_id = ? AND user_id = ?")
				.params(id, userId).query(Long.class).single();
		if (already == 0) {
			try {
				jdbc.sql("INSERT INTO deadline_notification_read (notification_id, user_id, read_at) VALUES (?, ?, ?)")
						.params(id, userId, at).update();
			}
			catch (DuplicateKeyException e) {
				// read at the same moment in another request: it is read either way
			}
		}
	}

	int markAllRead(Audience audience, OffsetDateTime at) {
		if (audience.scopeOffices().isEmpty()) {
			return 0;
		}
		Map<String, Object> params = new HashMap<>();
		var where = visibility(audience, params);
		params.put("at", at);
		return jdbc.sql("INSERT INTO deadline_notification_read (notification_id, user_id, read_at)"
				+ " SELECT n.id, CAST(:user AS UUID), CAST(:at AS TIMESTAMP WITH TIME ZONE) FROM deadline_notification n WHERE" + where + " " + """
				 AND NOT EXISTS (SELECT 1 FROM deadline_notification_read r WHERE r.notification_id = n.id AND r.user_id = :user)""")
				.params(params).update();
	}

	List<Notification> ofDeadline(UUID deadlineId) {
		return jdbc.sql("""
				SELECT n.id, n.deadline_id, n.kind, n.user_id, n.team_id, n.subject_type, n.subject_id, n.step, n.due_on,
				       n.office_code, n.created_at, NULL AS read_at
				  FROM deadline_notification n WHERE n.deadline_id = ? ORDER BY n.created_at""")
				.param(deadlineId).query(JdbcNotifications::row).list();
	}

	private static Notification row(ResultSet rs, int n) throws SQLException {
		var recipient = rs.getObject("user_id", UUID.class) != null ? Notification.Recipient.USER
				: rs.getObject("team_id", UUID.class) != null ? Notification.Recipient.TEAM : Notification.Recipient.OFFICE;
		return new Notification(rs.getObject("id", UUID.class), rs.getObject("deadline_id", UUID.class),
				Notification.Kind.valueOf(rs.getString("kind")), recipient,
				SubjectType.valueOf(rs.getString("subject_type")), rs.getObject("subject_id", UUID.class),
				Step.valueOf(rs.getString("step")), rs.getObject("due_on", LocalDate.class), rs.getString("office_code"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class) != null);
	}
}
