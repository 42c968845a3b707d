package kr.dolbom.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MeetingRepository {

	public enum Kind {
		/** 내부사례회의 */
		INTERNAL,
		/** 통합사례회의 (partner agencies, experts) */
		INTEGRATED,
		/** 시군구 통합사례회의·솔루션회의 (희망복지지원단) */
		DISTRICT
	}

	public record Participant(String name, String agency, String role, UUID userId) {

		boolean outside() {
			return userId == null;
		}
	}

	public record CaseMinutes(UUID caseId, String discussion, String decisions, String roles, String nextSteps) {
	}

	public record Meeting(UUID id, Kind kind, LocalDate heldOn, String unitCode, boolean written, List<Participant> participants,
			List<CaseMinutes> cases) {
	}

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Meeting m, UUID createdBy, OffsetDateTime at) {
		jdbc.sql("INSERT INTO case_meeting (id, kind, held_on, unit_code, written, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(m.id(), m.kind().name(), m.heldOn(), m.unitCode(), m.written(), createdBy, at).update();
		int line = 1;
		for (var p : m.participants()) {
			jdbc.sql("INSERT INTO case_meeting_participant (meeting_id, line, name, agency, role, user_id) VALUES (?, ?, ?, ?, ?, ?)")
					.params(m.id(), line++, p.name(), p.agency(), p.role(), p.userId()).update();
		}
		for (var c : m.cases()) {
			jdbc.sql("""
					INSERT INTO case_meeting_case (meeting_id, case_id, discussion, decisions, roles, next_steps)
					VALUES (?, ?, ?, ?, ?, ?)""")
					.params(m.id(), c.caseId(), c.discussion(), c.decisions(), c.roles(), c.nextSteps()).update();
		}
	}

	Optional<Meeting> find(UUID id) {
		return jdbc.sql("SELECT id, kind, held_on, unit_code, written FROM case_meeting WHERE id = ?").param(id)
				.query((rs, n) -> new Meeting(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)),
						rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBoolean(5), participants(id), minutes(id)))
				.optional();
	}

	boolean covers(UUID meetingId, UUID caseId) {
		return jdbc.sql("SELECT COUNT(*) FROM case_meeting_case WHERE meeting_id = ? AND case_id = ?")
				.params(meetingId, caseId).query(Long.class).single() > 0;
	}

	/** The meetings that discussed a case, newest first, with that case's minutes. */
	List<Meeting> of(List<UUID> caseIds) {
		var ids = jdbc.sql("""
				SELECT DISTINCT m.id, m.held_on FROM case_meeting m JOIN case_meeting_case c ON c.meeting_id = m.id
				WHERE c.case_id IN (:ids) ORDER BY m.held_on DESC""").param("ids", caseIds)
				.query((rs, n) -> rs.getObject(1, UUID.class)).list();
		return ids.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	private List<Participant> participants(UUID meetingId) {
		return jdbc.sql("SELECT name, agency, role, user_id FROM case_meeting_participant WHERE meeting_id = ? ORDER BY line")
				.param(meetingId)
				.query((rs, n) -> new Participant(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, UUID.class)))
				.list();
	}

	private List<CaseMinutes> minutes(UUID meetingId) {
		return jdbc.sql("SELECT case_id, discussion, decisions, roles, next_steps FROM case_meeting_case WHERE meeting_id = ?")
				.param(meetingId)
				.query((rs, n) -> new CaseMinutes(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5)))
				.list();
	}
}
