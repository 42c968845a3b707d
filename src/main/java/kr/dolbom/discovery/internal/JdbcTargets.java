package kr.dolbom.discovery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.TargetId;
import kr.dolbom.discovery.TargetResult;
import kr.dolbom.discovery.TargetStatus;
import kr.dolbom.discovery.TargetSummary;
import kr.dolbom.discovery.Targets;
import kr.dolbom.people.PersonId;

/** The targets table ({@code discovery_target}) for the module's services and for {@link Targets}. */
@Component
class JdbcTargets implements Targets {

	static final String COLUMNS = """
			t.id, t.round_id, r.label, t.person_id, t.name, t.office_code, t.score, t.rank_no, t.selection,
			t.status, t.result, t.reason_code, t.distributed_on, t.processed_on""";
	static final String FROM = " FROM discovery_target t JOIN discovery_round r ON r.id = t.round_id";

	private final JdbcClient jdbc;

	JdbcTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<TargetSummary> find(TargetId id) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE t.id = ?").param(id.value()).query(JdbcTargets::summary)
				.optional();
	}

	@Override
	public List<TargetSummary> unsupported(RoundId round, String officeCode) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + " " + """
				 WHERE t.round_id = :round AND t.office_code = :office
				 AND (t.status = 'UNPROCESSED' OR t.result = 'NON_TARGET') ORDER BY t.rank_no, t.id""")
				.param("round", round.value()).param("office", officeCode).query(JdbcTargets::summary).list();
	}

	@Override
	public String sealedRrn(TargetId id) {
		return jdbc.sql("SELECT rrn_cipher FROM discovery_target WHERE id = ?").param(id.value()).query(String.class)
				.single();
	}

	static TargetSummary summary(ResultSet rs, int n) throws SQLException {
		var person = rs.getObject("person_id", UUID.class);
		var result = rs.getString("result");
		return new TargetSummary(new TargetId(rs.getObject("id", UUID.class)),
				new RoundId(rs.getObject("round_id", UUID.class)), rs.getString("label"),
				person == null ? null : new PersonId(person), rs.getString("name"), rs.getString("office_code"),
				rs.getInt("score"), (Integer) rs.getObject("rank_no", Integer.class), rs.getString("selection"),
				TargetStatus.valueOf(rs.getString("status")), result == null ? null : TargetResult.valueOf(result),
				rs.getString("reason_code"), rs.getObject("distributed_on", LocalDate.class),
				rs.getObject("processed_on", LocalDate.class));
	}
}
