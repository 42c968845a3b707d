package kr.dolbom.people.internal;

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

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.Education;
import kr.dolbom.people.HealthStatus;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Relationship;
import kr.dolbom.people.Sex;
import kr.dolbom.shared.StaleVersionException;

/** Persons, households and moves. Scope is applied by the callers through the office codes they pass. */
@Repository
public class JdbcPeople {

	private static final String PERSON_COLUMNS = """
			p.id, p.name, p.rrn_masked, p.birth_date, p.sex, p.foreign_resident, p.phone, p.household_id,
			p.relationship, p.office_code, p.education, p.occupation, p.health_status, p.health_note,
			p.disability_type, p.disability_grade, p.contact_note, p.deceased_on, p.created_at, p.updated_at,
			p.version""";

	private final JdbcClient jdbc;

	JdbcPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NewPersonRow(PersonId id, String name, String rrnCipher, String rrnHash, String rrnMasked,
			LocalDate birthDate, Sex sex, boolean foreignResident, String phone, HouseholdId householdId,
			Relationship relationship, String officeCode, PersonRecord.PersonDetails details, OffsetDateTime at) {
	}

	public void insertHousehold(HouseholdRecord household, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO household (id, office_code, address_line, income_class, created_at, version)
				VALUES (?, ?, ?, ?, ?, 0)""")
				.params(household.id().value(), household.officeCode(), household.addressLine(),
						household.incomeClass().name(), at)
				.update();
	}

	public void insertPerson(NewPersonRow row) {
		var d = row.details();
		jdbc.sql("""
				INSERT INTO person (id, name, rrn_cipher, rrn_hash, rrn_masked, birth_date, sex, foreign_resident, phone,
				  household_id, relationship, office_code, education, occupation, health_status, health_note,
				  disability_type, disability_grade, contact_note, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(row.id().value(), row.name(), row.rrnCipher(), row.rrnHash(), row.rrnMasked(), row.birthDate(),
						row.sex().name(), row.foreignResident(), row.phone(), row.householdId().value(),
						row.relationship().name(), row.officeCode(), name(d.education()), d.occupation(),
						name(d.healthStatus()), d.healthNote(), name(d.disabilityType()), name(d.disabilityGrade()),
						d.contactNote(), row.at(), row.at())
				.update();
	}

	public Optional<PersonRecord> find(PersonId id) {
		return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.id = ?").param(id.value())
				.query(JdbcPeople::person).optional();
	}

	public List<PersonRecord> findAll(Collection<PersonId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.id IN (:ids)")
				.param("ids", ids.stream().map(PersonId::value).toList()).query(JdbcPeople::person).list();
	}

	/** Living residents of an office with a birth date in [from, until), oldest first (uses person_office_birth_idx). */
	public List<PersonRecord> livingBornBetween(String officeCode, LocalDate from, LocalDate until) {
		return jdbc.sql("SELECT " + PERSON_COLUMNS + " " + """
				 FROM person p WHERE p.office_code = ? AND p.birth_date >= ? AND p.birth_date < ?
				 AND p.deceased_on IS NULL ORDER BY p.birth_date, p.id""")
				.params(officeCode, from, until).query(JdbcPeople::person).list();
	}

	public Optional<PersonRecord> findByRrnHash(String hash) {
		return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.rrn_hash = ?").param(hash)
				.query(JdbcPeople::person).optional();
	}

	/** The registered persons among the lookup hashes, by hash. */
	public java.util.Map<String, PersonRecord> findByRrnHashes(Collection<String> hashes) {
		var found = new java.util.HashMap<String, PersonRecord>();
		if (hashes.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT p.rrn_hash, " + PERSON_COLUMNS + " FROM person p WHERE p.rrn_hash IN (:hashes)")
				.param("hashes", List.copyOf(hashes))
				.query((rs, n) -> found.put(rs.getString("rrn_hash"), person(rs, n))).list();
		return found;
	}

	public String rrnCipher(PersonId id) {
		return jdbc.sql("SELECT rrn_cipher FROM person WHERE id = ?").param(id.value()).query(String.class).single();
	}

	public List<PersonRecord> members(HouseholdId household) {
		return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.household_id = ? ORDER BY "
				+ "CASE p.relationship WHEN 'HEAD' THEN 0 ELSE 1 END, p.birth_date")
				.param(household.value()).query(JdbcPeople::person).list();
	}

	/** Same birth date in the same office: the candidates for the similar-name check. */
	public List<PersonRecord> sameBirthDateInOffice(LocalDate birthDate, String officeCode) {
		return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.office_code = ? AND p.birth_date = ?")
				.params(officeCode, birthDate).query(JdbcPeople::person).list();
	}

	/** Name prefix (and optionally birth date) within the given offices, in name order. */
	public List<PersonRecord> searchByName(String prefix, LocalDate birthDate, Collection<String> offices, int limit,
			long offset) {
		if (offices.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("offices", offices);
		params.put("prefix", escapeLike(prefix) + "%");
		params.put("limit", limit);
		params.put("offset", offset);
		var birth = "";
		if (birthDate != null) {
			birth = " AND p.birth_date = :birth";
			params.put("birth", birthDate);
		}
		return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.office_code IN (:offices)"
				+ " AND p.name LIKE :prefix ESCAPE '\\'" + birth + " ORDER BY p.name, p.birth_date, p.id"
				+ " LIMIT :limit OFFSET :offset")
				.params(params).query(JdbcPeople::person).list();
	}

	public long countByName(String prefix, LocalDate birthDate, Collection<String> offices) {
		if (offices.isEmpty()) {
			return 0;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("offices", offices);
		params.put("prefix", escapeLike(prefix) + "%");
		var birth = "";
		if (birthDate != null) {
			birth = " AND p.birth_date = :birth";
			params.put("birth", birthDate);
		}
		return jdbc.sql("SELECT COUNT(*) FROM person p WHERE p.office_code IN (:offices) AND p.name LIKE :prefix ESCAPE '\\'"
				+ birth).params(params).query(Long.class).single();
	}

	public List<PersonRecord> searchByBirthDate(LocalDate birthDate, Collection<String> offices, int limit) {
		if (offices.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.office_code IN (:offices)"
				+ " AND p.birth_date = :birth ORDER BY p.name LIMIT :limit")
				.param("offices", offices).param("birth", birthDate).param("limit", limit)
				.query(JdbcPeople::person).list();
	}

	public void updateDetails(PersonId id, int version, String name, String phone, Relationship relationship,
			PersonRecord.PersonDetails d, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE person SET name = ?, phone = ?, relationship = ?, education = ?, occupation = ?, health_status = ?,
				  health_note = ?, disability_type = ?, disability_grade = ?, contact_note = ?, updated_at = ?,
				  version = version + 1
				WHERE id = ? AND version = ?""")
				.params(name, phone, relationship.name(), name(d.education()), d.occupation(), name(d.healthStatus()),
						d.healthNote(), name(d.disabilityType()), name(d.disabilityGrade()), d.contactNote(), at,
						id.value(), version)
				.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	public void recordDeath(PersonId id, int version, LocalDate on, OffsetDateTime at) {
		int updated = jdbc.sql("UPDATE person SET deceased_on = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
				.params(on, at, id.value(), version).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	public void movePerson(PersonId id, int version, HouseholdId to, String office, Relationship relationship,
			OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE person SET household_id = ?, office_code = ?, relationship = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
				.params(to.value(), office, relationship.name(), at, id.value(), version).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	public void recordMove(PersonId person, HouseholdRecord from, HouseholdRecord to, LocalDate on, String reason,
			UUID recordedBy, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO person_move (person_id, from_household, to_household, from_office, to_office, from_address,
				  to_address, moved_on, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(person.value(), from == null ? null : from.id().value(), to.id().value(),
						from == null ? null : from.officeCode(), to.officeCode(), from == null ? null : from.addressLine(),
						to.addressLine(), on, reason, recordedBy, at)
				.update();
	}

	public record Move(LocalDate movedOn, String fromOffice, String toOffice, String fromAddress, String toAddress,
			UUID fromHousehold, UUID toHousehold, String reason) {
	}

	public List<Move> moves(PersonId person) {
		return jdbc.sql("""
				SELECT moved_on, from_office, to_office, from_address, to_address, from_household, to_household, reason
				FROM person_move WHERE person_id = ? ORDER BY moved_on DESC, id DESC""").param(person.value())
				.query((rs, n) -> new Move(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class),
						rs.getString(8)))
				.list();
	}

	public Optional<HouseholdRecord> household(HouseholdId id) {
		return jdbc.sql("SELECT id, office_code, address_line, income_class, version FROM household WHERE id = ?")
				.param(id.value())
				.query((rs, n) -> new HouseholdRecord(new HouseholdId(rs.getObject(1, UUID.class)), rs.getString(2),
						rs.getString(3), IncomeClass.valueOf(rs.getString(4)), rs.getInt(5)))
				.optional();
	}

	public void updateHousehold(HouseholdId id, int version, String office, String address, IncomeClass incomeClass) {
		int updated = jdbc.sql("""
				UPDATE household SET office_code = ?, address_line = ?, income_class = ?, version = version + 1
				WHERE id = ? AND version = ?""").params(office, address, incomeClass.name(), id.value(), version).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
		jdbc.sql("UPDATE person SET office_code = ? WHERE household_id = ?").params(office, id.value()).update();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	static PersonRecord person(ResultSet rs, int n) throws SQLException {
		return new PersonRecord(new PersonId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("rrn_masked"), rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
				rs.getBoolean("foreign_resident"), rs.getString("phone"),
				new HouseholdId(rs.getObject("household_id", UUID.class)),
				Relationship.valueOf(rs.getString("relationship")), rs.getString("office_code"),
				new PersonRecord.PersonDetails(enumOf(Education.class, rs.getString("education")),
						rs.getString("occupation"), enumOf(HealthStatus.class, rs.getString("health_status")),
						rs.getString("health_note"), enumOf(DisabilityType.class, rs.getString("disability_type")),
						enumOf(DisabilityGrade.class, rs.getString("disability_grade")), rs.getString("contact_note")),
				rs.getObject("deceased_on", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
	}
}
