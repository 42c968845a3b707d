package kr.dolbom.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.casework.domain.ReferralRules;

@Repository
public class ReferralRepository {

	public record Referral(UUID id, UUID caseId, UUID personId, ReferralRules.Program program, String reason,
			LocalDate referredOn, LocalDate answeredOn, String answer) {
	}

	private final JdbcClient jdbc;

	ReferralRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Referral r, UUID by) {
		jdbc.sql("""
				INSERT INTO case_referral (id, case_id, person_id, program, reason, referred_on, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(r.id(), r.caseId(), r.personId(), r.program().name(), r.reason(), r.referredOn(), by).update();
	}

	boolean referredBefore(UUID personId, ReferralRules.Program program) {
		return jdbc.sql("SELECT COUNT(*) FROM case_referral WHERE person_id = ? AND program = ?")
				.params(personId, program.name()).query(Long.class).single() > 0;
	}

	List<Referral> of(List<UUID> caseIds) {
		return jdbc.sql("""
				SELECT id, case_id, person_id, program, reason, referred_on, answered_on, answer FROM case_referral
				WHERE case_id IN (:ids) ORDER BY referred_on DESC""").param("ids", caseIds)
				.query((rs, n) -> referral(rs)).list();
	}

	Optional<Referral> find(UUID id) {
		return jdbc.sql("""
				SELECT id, case_id, person_id, program, reason, referred_on, answered_on, answer FROM case_referral
				WHERE id = ?""").param(id).query((rs, n) -> referral(rs)).optional();
	}

	boolean answer(UUID id, LocalDate on, String answer) {
		return jdbc.sql("UPDATE case_referral SET answered_on = ?, answer = ? WHERE id = ? AND answered_on IS NULL")
				.params(on, answer, id).update() > 0;
	}

	private static Referral referral(ResultSet rs) throws SQLException {
		return new Referral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				ReferralRules.Program.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
				rs.getObject(7, LocalDate.class), rs.getString(8));
	}
}
