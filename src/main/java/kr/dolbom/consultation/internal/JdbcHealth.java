package kr.dolbom.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Duplicate checks, health visits and health programmes with their participants. */
@Repository
public class JdbcHealth {

	private final JdbcClient jdbc;

	JdbcHealth(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record DuplicateCheck(UUID id, UUID personId, String officeCode, LocalDate checkedOn, boolean enrolled,
			String note, UUID checkedBy) {
	}

	public record Visit(UUID consultationId, UUID personId, String officeCode, UUID duplicateCheckId,
			boolean coordinatedWithBogunso, UUID companionId, Set<HealthCodes.RiskFactor> riskFactors,
			Set<HealthCodes.ChronicDisease> chronicDiseases, String medication, String education,
			Set<HealthCodes.Link> links, String linkNote, UUID nurseId, LocalDate visitedOn, String summary) {
	}

	public record Programme(UUID id, String officeCode, String title, HealthCodes.ProgrammeTopic topic, LocalDate startsOn,
			LocalDate endsOn, int sessions, int capacity, UUID ledBy, int version) {
	}

	public record Participant(UUID personId, LocalDate joinedOn) {
	}

	void insert(DuplicateCheck c, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO health_duplicate_check (id, person_id, office_code, checked_on, enrolled, note, checked_by, checked_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(c.id(), c.personId(), c.officeCode(), c.checkedOn(), c.enrolled(), c.note(), c.checkedBy(), at).update();
	}

	/** The person's latest duplicate check on or before the day. */
	Optional<DuplicateCheck> latestCheck(UUID personId, LocalDate onOrBefore) {
		return jdbc.sql("""
				SELECT id, person_id, office_code, checked_on, enrolled, note, checked_by FROM health_duplicate_check
				WHERE person_id = ? AND checked_on <= ? ORDER BY checked_on DESC, checked_at DESC LIMIT 1""")
				.params(personId, onOrBefore).query((rs, n) -> check(rs)).optional();
	}

	List<DuplicateCheck> checksOf(UUID personId) {
		return jdbc.sql("""
				SELECT id, person_id, office_code, checked_on, enrolled, note, checked_by FROM health_duplicate_check
				WHERE person_id = ? ORDER BY checked_on DESC, checked_at DESC""")
				.param(personId).query((rs, n) -> check(rs)).list();
	}

	void insert(Visit v) {
		jdbc.sql("""
				INSERT INTO health_visit (consultation_id, person_id, office_code, duplicate_check_id, coordinated_with_bogunso,
				  companion_id, risk_factors, chronic_diseases, medication, education, links, link_note, nurse_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(v.consultationId(), v.personId(), v.officeCode(), v.duplicateCheckId(), v.coordinatedWithBogunso(),
						v.companionId(), JdbcDesk.codes(v.riskFactors()), JdbcDesk.codes(v.chronicDiseases()), v.medication(),
						v.education(), JdbcDesk.codes(v.links()), v.linkNote(), v.nurseId())
				.update();
	}

	private static final String VISIT_SELECT = """
			SELECT h.consultation_id, h.person_id, h.office_code, h.duplicate_check_id, h.coordinated_with_bogunso,
			  h.companion_id, h.risk_factors, h.chronic_diseases, h.medication, h.education, h.links, h.link_note, h.nurse_id,
			  c.consulted_on, c.summary
			FROM health_visit h JOIN consultation c ON c.id = h.consultation_id""";

	Optional<Visit> visit(UUID consultationId) {
		return jdbc.sql(VISIT_SELECT + " WHERE h.consultation_id = ?").param(consultationId).query((rs, n) -> visit(rs))
				.optional();
	}

	List<Visit> visitsOf(UUID personId) {
		return jdbc.sql(VISIT_SELECT + " WHERE h.person_id = ? ORDER BY c.consulted_on DESC, c.recorded_at DESC")
				.param(personId).query((rs, n) -> visit(rs)).list();
	}

	List<Visit> visits(Collection<String> offices, LocalDate from, LocalDate to) {
		return jdbc.sql(VISIT_SELECT + " WHERE h.office_code IN (:offices) AND c.consulted_on BETWEEN :from AND :to"
				+ " ORDER BY c.consulted_on DESC, c.recorded_at DESC LIMIT 500")
				.param("offices", offices).param("from", from).param("to", to).query((rs, n) -> visit(rs)).list();
	}

	void insert(Programme p, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO health_programme (id, office_code, title, topic, starts_on, ends_on, sessions, capacity, led_by,
				  created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(p.id(), p.officeCode(), p.title(), p.topic().name(), p.startsOn(), p.endsOn(), p.sessions(),
						p.capacity(), p.ledBy(), at)
				.update();
	}

	Optional<Programme> programme(UUID id) {
		return jdbc.sql("SELECT id, office_code, title, topic, starts_on, ends_on, sessions, capacity, led_by, version FROM health_programme WHERE id = ?")
				.param(id).query((rs, n) -> programme(rs)).optional();
	}

	List<Programme> programmes(Collection<String> offices) {
		return jdbc.sql("""
				SELECT id, office_code, title, topic, starts_on, ends_on, sessions, capacity, led_by, version FROM health_programme
				WHERE office_code IN (:offices) ORDER BY starts_on DESC, title LIMIT 500""")
				.param("offices", offices).query((rs, n) -> programme(rs)).list();
	}

	List<Participant> participants(UUID programmeId) {
		return jdbc.sql("SELECT person_id, joined_on FROM health_programme_participant WHERE programme_id = ? ORDER BY joined_on, person_id")
				.param(programmeId).query((rs, n) -> new Participant(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
				.list();
	}

	/** Adds the participant unless the programme is full; false when it is (checked in the same statement). */
	boolean join(UUID programmeId, UUID personId, LocalDate on) {
		return jdbc.sql("""
				INSERT INTO health_programme_participant (programme_id, person_id, joined_on)
				SELECT p.id, ?, ? FROM health_programme p
				WHERE p.id = ? AND (SELECT COUNT(*) FROM health_programme_participant x WHERE x.programme_id = p.id) < p.capacity""")
				.params(personId, on, programmeId).update() == 1;
	}

	boolean joined(UUID programmeId, UUID personId) {
		return jdbc.sql("SELECT COUNT(*) FROM health_programme_participant WHERE programme_id = ? AND person_id = ?")
				.params(programmeId, personId).query(Long.class).single() > 0;
	}

	private static DuplicateCheck check(ResultSet rs) throws SQLException {
		return new DuplicateCheck(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getString(6), rs.getObject(7, UUID.class));
	}

	private static Visit visit(ResultSet rs) throws SQLException {
		return new Visit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
				rs.getBoolean(5), rs.getObject(6, UUID.class), set(HealthCodes.RiskFactor.class, rs.getString(7)),
				set(HealthCodes.ChronicDisease.class, rs.getString(8)), rs.getString(9), rs.getString(10),
				set(HealthCodes.Link.class, rs.getString(11)), rs.getString(12), rs.getObject(13, UUID.class),
				rs.getObject(14, LocalDate.class), rs.getString(15));
	}

	private static Programme programme(ResultSet rs) throws SQLException {
		return new Programme(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				HealthCodes.ProgrammeTopic.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
				rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8), rs.getObject(9, UUID.class), rs.getInt(10));
	}

	private static <E extends Enum<E>> Set<E> set(Class<E> type, String codes) {
		var set = EnumSet.noneOf(type);
		set.addAll(JdbcDesk.parse(type, codes));
		return set;
	}
}
