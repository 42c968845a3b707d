package kr.dolbom.casework.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseStatistics;

/** Group-by queries over case_file; each answers with one pass over the offices' cases (index on office, state). */
@Repository
class JdbcCaseStatistics implements CaseStatistics {

	private static final String OPEN_STATES = "('RECEIVED', 'ASSESSED', 'SELECTED', 'PLANNED', 'IN_SERVICE', 'CLOSING')";

	private final JdbcClient jdbc;

	JdbcCaseStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<StateCount> byState(Collection<String> officeCodes) {
		if (officeCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT office_code, state, COUNT(*) AS n FROM case_file
				WHERE office_code IN (:offices) GROUP BY office_code, state""")
				.param("offices", List.copyOf(officeCodes))
				.query((rs, i) -> new StateCount(rs.getString("office_code"), CaseState.valueOf(rs.getString("state")),
						rs.getLong("n")))
				.list();
	}

	@Override
	public List<FlowCount> flow(Collection<String> officeCodes, LocalDate from, LocalDate to) {
		if (officeCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT office_code,
				       SUM(CASE WHEN opened_on BETWEEN :from AND :to THEN 1 ELSE 0 END) AS opened,
				       SUM(CASE WHEN closed_on BETWEEN :from AND :to THEN 1 ELSE 0 END) AS closed
				FROM case_file
				WHERE office_code IN (:offices) AND (opened_on BETWEEN :from AND :to OR closed_on BETWEEN :from AND :to)
				GROUP BY office_code""")
				.param("offices", List.copyOf(officeCodes)).param("from", from).param("to", to)
				.query((rs, i) -> new FlowCount(rs.getString("office_code"), rs.getLong("opened"), rs.getLong("closed")))
				.list();
	}

	@Override
	public List<CaseloadCount> caseload(Collection<String> officeCodes) {
		if (officeCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT office_code, assignee_id, COUNT(*) AS n FROM case_file WHERE office_code IN (:offices)"
				+ " AND state IN " + OPEN_STATES + " GROUP BY office_code, assignee_id")
				.param("offices", List.copyOf(officeCodes))
				.query((rs, i) -> new CaseloadCount(rs.getString("office_code"), rs.getObject("assignee_id", UUID.class),
						rs.getLong("n")))
				.list();
	}
}
