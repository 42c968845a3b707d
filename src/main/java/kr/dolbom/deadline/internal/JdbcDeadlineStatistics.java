package kr.dolbom.deadline.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.deadline.DeadlineStatistics;
import kr.dolbom.deadline.Step;

/** Group-by queries over the deadline table (index on office, state, due date). */
@Repository
class JdbcDeadlineStatistics implements DeadlineStatistics {

	private final JdbcClient jdbc;

	JdbcDeadlineStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<StepCompliance> compliance(Collection<String> officeCodes, LocalDate from, LocalDate to, LocalDate today) {
		if (officeCodes.isEmpty()) {
			return List.of();
		}
		// a deadline is met when its step was done on or before the due date (domain.md §5)
		return jdbc.sql("""
				SELECT office_code, step,
				       SUM(CASE WHEN state = 'DONE' AND done_on <= due_on THEN 1 ELSE 0 END) AS on_time,
				       SUM(CASE WHEN state = 'DONE' AND done_on > due_on THEN 1 ELSE 0 END) AS late,
				       SUM(CASE WHEN state = 'OPEN' AND due_on < :today THEN 1 ELSE 0 END) AS overdue
				FROM deadline
				WHERE office_code IN (:offices)
				  AND ((state = 'DONE' AND done_on BETWEEN :from AND :to)
				    OR (state = 'OPEN' AND due_on BETWEEN :from AND :to AND due_on < :today))
				GROUP BY office_code, step""")
				.param("offices", List.copyOf(officeCodes)).param("from", from).param("to", to).param("today", today)
				.query((rs, i) -> new StepCompliance(rs.getString("office_code"), Step.valueOf(rs.getString("step")),
						rs.getLong("on_time"), rs.getLong("late"), rs.getLong("overdue")))
				.list();
	}

	@Override
	public List<OverdueCount> overdue(Collection<String> officeCodes, LocalDate today) {
		if (officeCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT office_code, step, assignee_id, COUNT(*) AS n FROM deadline
				WHERE office_code IN (:offices) AND state = 'OPEN' AND due_on < :today
				GROUP BY office_code, step, assignee_id""")
				.param("offices", List.copyOf(officeCodes)).param("today", today)
				.query((rs, i) -> new OverdueCount(rs.getString("office_code"), Step.valueOf(rs.getString("step")),
						rs.getObject("assignee_id", UUID.class), rs.getLong("n")))
				.list();
	}
}
