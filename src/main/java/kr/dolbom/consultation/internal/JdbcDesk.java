package kr.dolbom.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.shared.Paging;
import kr.dolbom.shared.StaleVersionException;

/** Desk consultations and their external referrals. */
@Repository
public class JdbcDesk {

	private final JdbcClient jdbc;

	JdbcDesk(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Desk(UUID consultationId, UUID personId, String officeCode, boolean recordsChecked,
			boolean consentToRecord, Set<DeskTopic> topics, Set<InternalReferral> internalReferrals, String internalNote) {
	}

	public record Referral(UUID id, UUID consultationId, UUID personId, String officeCode, String agency, String service,
			String documents, String procedure, String contactName, String contactPhone, LocalDate referredOn,
			UUID referredBy, UUID deadlineId, LocalDate checkedOn, ReferralCheck.Method checkMethod,
			ReferralCheck.Outcome checkOutcome, String checkNote, UUID checkedBy, int version) {

		public boolean checked() {
			return checkedOn != null;
		}
	}

	/** A row of the desk list: the desk record with its date and summary. */
	public record DeskRow(Desk desk, LocalDate date, String summary, int referrals, int openReferrals) {
	}

	void insert(Desk d) {
		jdbc.sql("""
				INSERT INTO desk_consultation (consultation_id, person_id, office_code, records_checked, consent_to_record,
				  welfare_topics, other_topics, internal_referrals, internal_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(d.consultationId(), d.personId(), d.officeCode(), d.recordsChecked(), d.consentToRecord(),
						codes(d.topics().stream().filter(DeskTopic::welfare).toList()),
						codes(d.topics().stream().filter(t -> !t.welfare()).toList()), codes(d.internalReferrals()),
						d.internalNote())
				.update();
	}

	void insert(Referral r) {
		jdbc.sql("""
				INSERT INTO desk_referral (id, consultation_id, person_id, office_code, agency, service, documents,
				  procedure_text, contact_name, contact_phone, referred_on, referred_by, deadline_id, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(r.id(), r.consultationId(), r.personId(), r.officeCode(), r.agency(), r.service(), r.documents(),
						r.procedure(), r.contactName(), r.contactPhone(), r.referredOn(), r.referredBy(), r.deadlineId())
				.update();
	}

	boolean anyFor(UUID personId) {
		return jdbc.sql("SELECT COUNT(*) FROM desk_consultation WHERE person_id = ?").param(personId).query(Long.class)
				.single() > 0;
	}

	void setDeadline(UUID referral, UUID deadline) {
		jdbc.sql("UPDATE desk_referral SET deadline_id = ? WHERE id = ?").params(deadline, referral).update();
	}

	void check(UUID referral, int version, LocalDate on, ReferralCheck.Method method, ReferralCheck.Outcome outcome,
			String note, UUID by, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE desk_referral SET checked_on = ?, check_method = ?, check_outcome = ?, check_note = ?, checked_by = ?,
				  checked_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND checked_on IS NULL""")
				.params(on, method.name(), outcome.name(), note, by, at, referral, version).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	Optional<Desk> desk(UUID consultationId) {
		return jdbc.sql("""
				SELECT consultation_id, person_id, office_code, records_checked, consent_to_record, welfare_topics,
				  other_topics, internal_referrals, internal_note FROM desk_consultation WHERE consultation_id = ?""")
				.param(consultationId).query((rs, n) -> desk(rs)).optional();
	}

	List<DeskRow> desks(Collection<String> offices, LocalDate from, LocalDate to, Paging paging) {
		return jdbc.sql("""
				SELECT d.consultation_id, d.person_id, d.office_code, d.records_checked, d.consent_to_record, d.welfare_topics,
				  d.other_topics, d.internal_referrals, d.internal_note, c.consulted_on, c.summary,
				  (SELECT COUNT(*) FROM desk_referral r WHERE r.consultation_id = d.consultation_id),
				  (SELECT COUNT(*) FROM desk_referral r WHERE r.consultation_id = d.consultation_id AND r.checked_on IS NULL)
				FROM desk_consultation d JOIN consultation c ON c.id = d.consultation_id
				WHERE d.office_code IN (:offices) AND c.consulted_on BETWEEN :from AND :to
				ORDER BY c.consulted_on DESC, c.recorded_at DESC LIMIT :limit OFFSET :offset""")
				.param("offices", offices).param("from", from).param("to", to).param("limit", paging.size())
				.param("offset", paging.offset())
				.query((rs, n) -> new DeskRow(desk(rs), rs.getObject(10, LocalDate.class), rs.getString(11), rs.getInt(12),
						rs.getInt(13)))
				.list();
	}

	long countDesks(Collection<String> offices, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM desk_consultation d JOIN consultation c ON c.id = d.consultation_id
				WHERE d.office_code IN (:offices) AND c.consulted_on BETWEEN :from AND :to""")
				.param("offices", offices).param("from", from).param("to", to).query(Long.class).single();
	}

	private static final String REFERRAL_COLUMNS = """
			id, consultation_id, person_id, office_code, agency, service, documents, procedure_text, contact_name,
			contact_phone, referred_on, referred_by, deadline_id, checked_on, check_method, check_outcome, check_note,
			checked_by, version""";

	Optional<Referral> referral(UUID id) {
		return jdbc.sql("SELECT " + REFERRAL_COLUMNS + " FROM desk_referral WHERE id = ?").param(id)
				.query((rs, n) -> referral(rs)).optional();
	}

	List<Referral> referralsOf(UUID consultationId) {
		return jdbc.sql("SELECT " + REFERRAL_COLUMNS + " FROM desk_referral WHERE consultation_id = ? ORDER BY agency, id")
				.param(consultationId).query((rs, n) -> referral(rs)).list();
	}

	List<Referral> referrals(Collection<String> offices, boolean openOnly, Paging paging) {
		return jdbc.sql("SELECT " + REFERRAL_COLUMNS + " FROM desk_referral WHERE office_code IN (:offices)"
				+ (openOnly ? " AND checked_on IS NULL" : "") + " ORDER BY referred_on, id LIMIT :limit OFFSET :offset")
				.param("offices", offices).param("limit", paging.size()).param("offset", paging.offset())
				.query((rs, n) -> referral(rs)).list();
	}

	long countReferrals(Collection<String> offices, boolean openOnly) {
		return jdbc.sql("SELECT COUNT(*) FROM desk_referral WHERE office_code IN (:offices)"
				+ (openOnly ? " AND checked_on IS NULL" : "")).param("offices", offices).query(Long.class).single();
	}

	private static Desk desk(ResultSet rs) throws SQLException {
		var topics = EnumSet.noneOf(DeskTopic.class);
		topics.addAll(parse(DeskTopic.class, rs.getString(6)));
		topics.addAll(parse(DeskTopic.class, rs.getString(7)));
		var internal = EnumSet.noneOf(InternalReferral.class);
		internal.addAll(parse(InternalReferral.class, rs.getString(8)));
		return new Desk(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4),
				rs.getBoolean(5), topics, internal, rs.getString(9));
	}

	private static Referral referral(ResultSet rs) throws SQLException {
		return new Referral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getString(10), rs.getObject(11, LocalDate.class), rs.getObject(12, UUID.class), rs.getObject(13, UUID.class),
				rs.getObject(14, LocalDate.class),
				rs.getString(15) == null ? null : ReferralCheck.Method.valueOf(rs.getString(15)),
				rs.getString(16) == null ? null : ReferralCheck.Outcome.valueOf(rs.getString(16)), rs.getString(17),
				rs.getObject(18, UUID.class), rs.getInt(19));
	}

	static String codes(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> List<E> parse(Class<E> type, String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return Arrays.stream(codes.split(",")).map(c -> Enum.valueOf(type, c)).toList();
	}
}
