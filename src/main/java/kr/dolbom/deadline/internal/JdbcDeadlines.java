package kr.dolbom.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.deadline.DeadlineState;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.deadline.SubjectType;
import kr.dolbom.shared.StaleVersionException;

/** The deadline store: rows mapped explicitly, bind parameters only. */
@Repository
class JdbcDeadlines {

	private static final String SELECT = """
			SELECT d.id, d.subject_type, d.subject_id, d.step, d.variant, d.office_code, d.assignee_id, d.team_id,
			       d.person_id, d.anchor_on, d.cap_anchor_on, d.due_on, d.rule_id, r.version AS rule_version, d.state,
			       d.done_on, d.cancelled_on, d.cancel_reason, d.overdue, d.overdue_since, d.version
			  FROM deadline d JOIN deadline_rule r ON r.id = d.rule_id
			""";

	/** Open deadlines, overdue first, then by due date (api.md "Work queue"). */
	private static final String QUEUE_ORDER = " ORDER BY CASE WHEN d.due_on < :today THEN 0 ELSE 1 END, d.due_on, d.step, d.id";

	private final JdbcClient jdbc;

	JdbcDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DeadlineRecord d, UUID createdBy, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO deadline (id, subject_type, subject_id, step, variant, office_code, assignee_id, team_id, person_id,
				                      anchor_on, cap_anchor_on, due_on, rule_id, state, overdue, open_key, created_at, created_by,
				                      updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', FALSE, ?, ?, ?, ?, 0)""")
				.params(d.id(), d.subject().type().name(), d.subject().id(), d.step().name(), d.variant().name(),
						d.officeCode(), d.assigneeId(), d.teamId(), d.personId(), d.anchorOn(), d.capAnchorOn(), d.dueOn(),
						d.ruleId(), DeadlineRecord.openKey(d.subject(), d.step(), d.variant()), at, createdBy, at)
				.update();
	}

	Optional<DeadlineRecord> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(JdbcDeadlines::row).optional();
	}

	Optional<DeadlineRecord> findOpen(DeadlineSubject subject, Step step, StepVariant variant) {
		return jdbc.sql(SELECT + " WHERE d.open_key = ?").param(DeadlineRecord.openKey(subject, step, variant))
				.query(JdbcDeadlines::row).optional();
	}

	List<DeadlineRecord> ofSubject(DeadlineSubject subject) {
		return jdbc.sql(SELECT + " WHERE d.subject_type = ? AND d.subject_id = ? ORDER BY d.due_on, d.step, d.variant")
				.params(subject.type().name(), subject.id()).query(JdbcDeadlines::row).list();
	}

	List<DeadlineRecord> openOfSubject(DeadlineSubject subject) {
		return jdbc.sql(SELECT + " WHERE d.subject_type = ? AND d.subject_id = ? AND d.state = 'OPEN' ORDER BY d.due_on")
				.params(subject.type().name(), subject.id()).query(JdbcDeadlines::row).list();
	}

	void complete(DeadlineRecord d, LocalDate doneOn, OffsetDateTime at) {
		changeState(d, "UPDATE deadline SET state = 'DONE', done_on = ?, open_key = NULL, updated_at = ?, version = version + 1"
				+ " WHERE id = ? AND version = ? AND state = 'OPEN'", doneOn, at);
	}

	void cancel(DeadlineRecord d, LocalDate on, String reason, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE deadline SET state = 'CANCELLED', cancelled_on = ?, cancel_reason = ?, open_key = NULL, updated_at = ?,
				                    version = version + 1
				WHERE id = ? AND version = ? AND state = 'OPEN'""")
				.params(on, reason, at, d.id(), d.version()).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	void reassign(DeadlineRecord d, UUID assigneeId, UUID teamId, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE deadline SET assignee_id = ?, team_id = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND state = 'OPEN'""")
				.params(assigneeId, teamId, at, d.id(), d.version()).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	private void changeState(DeadlineRecord d, String sql, LocalDate on, OffsetDateTime at) {
		int updated = jdbc.sql(sql).params(on, at, d.id(), d.version()).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	/** Open deadlines assigned to the user in the offices of the caller's scope. */
	List<DeadlineRecord> queueOfAssignee(UUID assigneeId, Collection<String> offices, LocalDate today) {
		if (offices.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE d.state = 'OPEN' AND d.assignee_id = :assignee AND d.office_code IN (:offices)"
				+ QUEUE_ORDER)
				.param("assignee", assigneeId).param("offices", List.copyOf(offices)).param("today", today)
				.query(JdbcDeadlines::row).list();
	}

	/**
	 * Open deadlines of the team: those of the team, and those nobody owns yet in the offices the
	 * team serves; always within the caller's scope.
	 */
	List<DeadlineRecord> queueOfTeam(UUID teamId, Collection<String> teamOffices, Collection<String> scopeOffices,
			LocalDate today) {
		if (scopeOffices.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("team", teamId);
		params.put("offices", List.copyOf(scopeOffices));
		params.put("today", today);
		var unowned = "";
		if (!teamOffices.isEmpty()) {
			unowned = " OR (d.team_id IS NULL AND d.assignee_id IS NULL AND d.office_code IN (:teamOffices))";
			params.put("teamOffices", List.copyOf(teamOffices));
		}
		return jdbc.sql(SELECT + " WHERE d.state = 'OPEN' AND d.office_code IN (:offices) AND (d.team_id = :team" + unowned
				+ ")" + QUEUE_ORDER)
				.params(params).query(JdbcDeadlines::row).list();
	}

	long countOverdueOfAssignee(UUID assigneeId, Collection<String> offices, LocalDate today) {
		if (offices.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				SELECT COUNT(*) FROM deadline d
				WHERE d.state = 'OPEN' AND d.assignee_id = :assignee AND d.office_code IN (:offices) AND d.due_on < :today""")
				.param("assignee", assigneeId).param("offices", List.copyOf(offices)).param("today", today)
				.query(Long.class).single();
	}

	// --- daily sweep ---------------------------------------------------------------------------

	/** Marks open deadlines past their due date; returns those newly marked. */
	List<DeadlineRecord> markOverdue(LocalDate today) {
		var newlyOverdue = jdbc.sql(SELECT + " WHERE d.state = 'OPEN' AND d.due_on < ? AND d.overdue = FALSE ORDER BY d.due_on")
				.param(today).query(JdbcDeadlines::row).list();
		var ids = newlyOverdue.stream().map(DeadlineRecord::id).toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			jdbc.sql("UPDATE deadline SET overdue = TRUE, overdue_since = :today WHERE id IN (:ids) AND overdue = FALSE")
					.param("today", today).param("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).update();
		}
		return newlyOverdue;
	}

	/** Open overdue deadlines that have no overdue reminder yet. */
	List<DeadlineRecord> overdueWithoutNotice() {
		return jdbc.sql(SELECT + " " + """
				 WHERE d.state = 'OPEN' AND d.overdue = TRUE
				   AND NOT EXISTS (SELECT 1 FROM deadline_notification n WHERE n.deadline_id = d.id AND n.kind = 'OVERDUE')
				 ORDER BY d.due_on""").query(JdbcDeadlines::row).list();
	}

	/** Open deadlines due from today up to {@code until} that have no due-soon reminder yet. */
	List<DeadlineRecord> dueBetweenWithoutNotice(LocalDate today, LocalDate until) {
		return jdbc.sql(SELECT + " " + """
				 WHERE d.state = 'OPEN' AND d.due_on >= ? AND d.due_on <= ?
				   AND NOT EXISTS (SELECT 1 FROM deadline_notification n WHERE n.deadline_id = d.id AND n.kind = 'DUE_SOON')
				 ORDER BY d.due_on""").params(today, until).query(JdbcDeadlines::row).list();
	}

	private static DeadlineRecord row(ResultSet rs, int n) throws SQLException {
		return new DeadlineRecord(rs.getObject("id", UUID.class),
				new DeadlineSubject(SubjectType.valueOf(rs.getString("subject_type")), rs.getObject("subject_id", UUID.class)),
				Step.valueOf(rs.getString("step")), StepVariant.valueOf(rs.getString("variant")),
				rs.getString("office_code"), rs.getObject("assignee_id", UUID.class), rs.getObject("team_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getObject("anchor_on", LocalDate.class),
				rs.getObject("cap_anchor_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
				rs.getObject("rule_id", UUID.class), rs.getInt("rule_version"),
				DeadlineState.valueOf(rs.getString("state")), rs.getObject("done_on", LocalDate.class),
				rs.getObject("cancelled_on", LocalDate.class), rs.getString("cancel_reason"), rs.getBoolean("overdue"),
				rs.getObject("overdue_since", LocalDate.class), rs.getInt("version"));
	}
}
