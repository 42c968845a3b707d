package kr.dolbom.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.PersonId;

@Repository
class JdbcConsents {

	private static final String COLUMNS = """
			id, person_id, scope, given_on, expires_on, attachment_id, note, recorded_at, withdrawn_on, withdrawn_reason""";

	private final JdbcClient jdbc;

	JdbcConsents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ConsentRecord consent, UUID recordedBy) {
		jdbc.sql("""
				INSERT INTO consent (id, person_id, scope, given_on, expires_on, attachment_id, note, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(consent.id(), consent.personId().value(), consent.scope().name(), consent.givenOn(),
						consent.expiresOn(), consent.attachmentId(), consent.note(), recordedBy, consent.recordedAt())
				.update();
	}

	List<ConsentRecord> of(PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM consent WHERE person_id = ? ORDER BY given_on DESC, recorded_at DESC")
				.param(person.value()).query(JdbcConsents::row).list();
	}

	List<ConsentRecord> of(PersonId person, ConsentScope scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM consent WHERE person_id = ? AND scope = ?")
				.params(person.value(), scope.name()).query(JdbcConsents::row).list();
	}

	Optional<ConsentRecord> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM consent WHERE id = ?").param(id).query(JdbcConsents::row).optional();
	}

	boolean withdraw(UUID id, LocalDate on, String reason, UUID by) {
		return jdbc.sql("""
				UPDATE consent SET withdrawn_on = ?, withdrawn_reason = ?, withdrawn_by = ?
				WHERE id = ? AND withdrawn_on IS NULL""").params(on, reason, by, id).update() > 0;
	}

	void insertAttachment(AttachmentRecord a, UUID uploadedBy) {
		jdbc.sql("""
				INSERT INTO attachment (id, person_id, office_code, file_name, content_type, size_bytes, sha256, storage_key,
				  uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(a.id(), a.personId().value(), a.officeCode(), a.fileName(), a.contentType(), a.sizeBytes(),
						a.sha256(), a.storageKey(), uploadedBy, a.uploadedAt())
				.update();
	}

	Optional<AttachmentRecord> attachment(UUID id) {
		return jdbc.sql("""
				SELECT id, person_id, office_code, file_name, content_type, size_bytes, sha256, storage_key, uploaded_at
				FROM attachment WHERE id = ?""").param(id)
				.query((rs, n) -> new AttachmentRecord(rs.getObject(1, UUID.class), new PersonId(rs.getObject(2, UUID.class)),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
						rs.getObject(9, OffsetDateTime.class)))
				.optional();
	}

	private static ConsentRecord row(ResultSet rs, int n) throws SQLException {
		return new ConsentRecord(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
				ConsentScope.valueOf(rs.getString("scope")), rs.getObject("given_on", LocalDate.class),
				rs.getObject("expires_on", LocalDate.class), rs.getObject("attachment_id", UUID.class),
				rs.getString("note"), rs.getObject("recorded_at", OffsetDateTime.class),
				rs.getObject("withdrawn_on", LocalDate.class), rs.getString("withdrawn_reason"));
	}
}
