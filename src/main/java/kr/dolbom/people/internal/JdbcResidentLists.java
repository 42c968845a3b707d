package kr.dolbom.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.people.FlaggedHousehold;
import kr.dolbom.people.HouseholdFlag;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.ResidentLists;

/** Birth-date ranges use the (office_code, birth_date) index; flags their own table. */
@Repository
class JdbcResidentLists implements ResidentLists {

	private final JdbcClient jdbc;
	private final JdbcPeople people;

	JdbcResidentLists(JdbcClient jdbc, JdbcPeople people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@Override
	public List<PersonSummary> bornBetween(String officeCode, LocalDate from, LocalDate until) {
		return people.livingBornBetween(officeCode, from, until).stream().map(PersonRecord::summary).toList();
	}

	@Override
	public List<FlaggedHousehold> flagged(String officeCode, Collection<HouseholdFlag> flags) {
		if (flags.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT f.household_id, h.office_code, f.flag, f.expected_on, f.note FROM household_flag f
				JOIN household h ON h.id = f.household_id
				WHERE h.office_code = :office AND f.flag IN (:flags) ORDER BY f.expected_on, f.set_at, f.household_id""")
				.param("office", officeCode).param("flags", flags.stream().map(Enum::name).toList())
				.query(JdbcResidentLists::row).list();
	}

	@Override
	public List<FlaggedHousehold> flagsOf(HouseholdId household) {
		return jdbc.sql("""
				SELECT f.household_id, h.office_code, f.flag, f.expected_on, f.note FROM household_flag f
				JOIN household h ON h.id = f.household_id WHERE f.household_id = ? ORDER BY f.flag""")
				.param(household.value()).query(JdbcResidentLists::row).list();
	}

	void replaceFlags(HouseholdId household, List<FlaggedHousehold> flags, UUID by, OffsetDateTime at) {
		jdbc.sql("DELETE FROM household_flag WHERE household_id = ?").param(household.value()).update();
		for (var f : flags) {
			jdbc.sql("""
					INSERT INTO household_flag (household_id, flag, expected_on, note, set_by, set_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
					.params(household.value(), f.flag().name(), f.expectedOn(), f.note(), by, at).update();
		}
	}

	private static FlaggedHousehold row(ResultSet rs, int n) throws SQLException {
		return new FlaggedHousehold(new HouseholdId(rs.getObject(1, UUID.class)), rs.getString(2),
				HouseholdFlag.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5));
	}
}
