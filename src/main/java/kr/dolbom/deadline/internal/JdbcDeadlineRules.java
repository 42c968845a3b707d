package kr.dolbom.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.deadline.internal.rules.DeadlineRule;
import kr.dolbom.deadline.internal.rules.RuleTerm;

/** Maps the rows of deadline_rule to the rule domain, explicitly. Versions are never changed, only added. */
@Repository
class JdbcDeadlineRules {

	private static final String COLUMNS = """
			id, step, variant, version, amount, unit, anchor, cap_amount, cap_unit, cap_anchor, effective_from, note,
			created_at, created_by_username""";

	private final JdbcClient jdbc;

	JdbcDeadlineRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DeadlineRule> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM deadline_rule ORDER BY step, variant, version")
				.query(JdbcDeadlineRules::rule).list();
	}

	List<DeadlineRule> versions(Step step, StepVariant variant) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM deadline_rule WHERE step = ? AND variant = ? ORDER BY version")
				.params(step.name(), variant.name()).query(JdbcDeadlineRules::rule).list();
	}

	Optional<DeadlineRule> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM deadline_rule WHERE id = ?").param(id)
				.query(JdbcDeadlineRules::rule).optional();
	}

	void insert(DeadlineRule rule, UUID createdBy) {
		var cap = rule.cap();
		jdbc.sql("""
				INSERT INTO deadline_rule (id, step, variant, version, amount, unit, anchor, cap_amount, cap_unit, cap_anchor,
				                           effective_from, note, created_at, created_by, created_by_username)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(rule.id(), rule.step().name(), rule.variant().name(), rule.version(), rule.term().amount(),
						rule.term().unit().name(), rule.term().anchor().name(), cap == null ? null : cap.amount(),
						cap == null ? null : cap.unit().name(), cap == null ? null : cap.anchor().name(),
						rule.effectiveFrom(), rule.note(), rule.createdAt(), createdBy, rule.createdBy())
				.update();
	}

	private static DeadlineRule rule(ResultSet rs, int n) throws SQLException {
		var term = new RuleTerm(rs.getInt("amount"), PeriodUnit.valueOf(rs.getString("unit")),
				AnchorEvent.valueOf(rs.getString("anchor")));
		RuleTerm cap = null;
		if (rs.getString("cap_unit") != null) {
			cap = new RuleTerm(rs.getInt("cap_amount"), PeriodUnit.valueOf(rs.getString("cap_unit")),
					AnchorEvent.valueOf(rs.getString("cap_anchor")));
		}
		return new DeadlineRule(rs.getObject("id", UUID.class), Step.valueOf(rs.getString("step")),
				StepVariant.valueOf(rs.getString("variant")), rs.getInt("version"), term, cap,
				rs.getObject("effective_from", LocalDate.class), rs.getString("note"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by_username"));
	}
}
