package kr.dolbom.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.casework.ClosureType;
import kr.dolbom.casework.domain.FollowUpSchedule;
import kr.dolbom.shared.StaleVersionException;

/** Closure requests with their review form, and the follow-ups created on closure. */
@Repository
public class ClosureRepository {

	public record Closure(UUID caseId, ClosureType type, String reason, UUID meetingId, LocalDate plannedOn,
			boolean shortTermOnly, LocalDate refusedSince, String goalAttainment, String changeSummary,
			String followUpPlan, String decision) {
	}

	public record FollowUp(UUID id, UUID caseId, UUID personId, FollowUpSchedule.Kind kind, LocalDate dueOn, String officeCode,
			LocalDate doneOn, String result, Integer satisfaction, UUID reentryConsultationId, UUID deadlineId,
			int version) {
	}

	private final JdbcClient jdbc;

	ClosureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(Closure c, UUID requestedBy, OffsetDateTime at) {
		jdbc.sql("DELETE FROM case_closure WHERE case_id = ?").param(c.caseId()).update();
		jdbc.sql("""
				INSERT INTO case_closure (case_id, type, reason, meeting_id, planned_on, short_term_only, refused_since,
				  goal_attainment, change_summary, follow_up_plan, requested_by, requested_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(c.caseId(), c.type().name(), c.reason(), c.meetingId(), c.plannedOn(), c.shortTermOnly(),
						c.refusedSince(), c.goalAttainment(), c.changeSummary(), c.followUpPlan(), requestedBy, at)
				.update();
	}

	void decide(UUID caseId, String decision, UUID by, OffsetDateTime at) {
		jdbc.sql("UPDATE case_closure SET decision = ?, decided_by = ?, decided_at = ? WHERE case_id = ?")
				.params(decision, by, at, caseId).update();
	}

	Optional<Closure> find(UUID caseId) {
		return jdbc.sql("""
				SELECT case_id, type, reason, meeting_id, planned_on, short_term_only, refused_since, goal_attainment,
				  change_summary, follow_up_plan, decision FROM case_closure WHERE case_id = ?""")
				.param(caseId)
				.query((rs, n) -> new Closure(rs.getObject(1, UUID.class), ClosureType.valueOf(rs.getString(2)),
						rs.getString(3), rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6),
						rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getString(10),
						rs.getString(11)))
				.optional();
	}

	void insertFollowUp(FollowUp f) {
		jdbc.sql("""
				INSERT INTO case_follow_up (id, case_id, person_id, kind, due_on, office_code, deadline_id, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(f.id(), f.caseId(), f.personId(), f.kind().name(), f.dueOn(), f.officeCode(), f.deadlineId())
				.update();
	}

	private static final String FOLLOW_UP_COLUMNS = """
			id, case_id, person_id, kind, due_on, office_code, done_on, result, satisfaction, reentry_consultation_id,
			deadline_id, version""";

	List<FollowUp> followUps(List<UUID> caseIds) {
		return jdbc.sql("SELECT " + FOLLOW_UP_COLUMNS + " FROM case_follow_up WHERE case_id IN (:ids) ORDER BY due_on, kind")
				.param("ids", caseIds).query((rs, n) -> followUp(rs)).list();
	}

	Optional<FollowUp> followUp(UUID id) {
		return jdbc.sql("SELECT " + FOLLOW_UP_COLUMNS + " FROM case_follow_up WHERE id = ?").param(id)
				.query((rs, n) -> followUp(rs)).optional();
	}

	void completeFollowUp(FollowUp f, LocalDate on, String result, Integer satisfaction, UUID reentry, UUID by) {
		int updated = jdbc.sql("""
				UPDATE case_follow_up SET done_on = ?, result = ?, satisfaction = ?, reentry_consultation_id = ?,
				  done_by = ?, version = version + 1 WHERE id = ? AND version = ?""")
				.params(on, result, satisfaction, reentry, by, f.id(), f.version()).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	List<FollowUp> openFollowUpsOf(UUID personId) {
		return jdbc.sql("SELECT " + FOLLOW_UP_COLUMNS + " FROM case_follow_up WHERE person_id = ? AND done_on IS NULL")
				.param(personId).query((rs, n) -> followUp(rs)).list();
	}

	/** domain.md §4.10: follow-ups are done by the office of the person's current address. */
	void moveFollowUp(UUID id, String officeCode, UUID deadlineId, LocalDate dueOn) {
		jdbc.sql("UPDATE case_follow_up SET office_code = ?, deadline_id = ?, due_on = ?, version = version + 1 WHERE id = ?")
				.params(officeCode, deadlineId, dueOn, id).update();
	}

	private static FollowUp followUp(ResultSet rs) throws SQLException {
		return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("person_id", UUID.class), FollowUpSchedule.Kind.valueOf(rs.getString("kind")),
				rs.getObject("due_on", LocalDate.class), rs.getString("office_code"), rs.getObject("done_on", LocalDate.class),
				rs.getString("result"), (Integer) rs.getObject("satisfaction"),
				rs.getObject("reentry_consultation_id", UUID.class), rs.getObject("deadline_id", UUID.class),
				rs.getInt("version"));
	}
}
