package kr.dolbom.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.shared.StaleVersionException;

@Repository
public class PlanRepository {

	private static final String COLUMNS = """
			id, case_id, status, simplified, supersedes, rejection_reason, client_signed_on, provider_consent_on, version""";

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ServicePlan plan, UUID createdBy, OffsetDateTime at) {
		jdbc.sql("INSERT INTO case_plan (" + COLUMNS + ", created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")
				.params(plan.id(), plan.caseId(), plan.status().name(), plan.simplified(), plan.supersedes(),
						plan.rejectionReason(), plan.clientSignedOn(), plan.providerConsentOn(), createdBy, at, at)
				.update();
		writeLines(plan);
	}

	void update(ServicePlan plan, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE case_plan SET status = ?, rejection_reason = ?, client_signed_on = ?, provider_consent_on = ?,
				  updated_at = ?, version = version + 1 WHERE id = ? AND version = ?""")
				.params(plan.status().name(), plan.rejectionReason(), plan.clientSignedOn(), plan.providerConsentOn(), at,
						plan.id(), plan.version())
				.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
		jdbc.sql("DELETE FROM case_plan_goal WHERE plan_id = ?").param(plan.id()).update();
		jdbc.sql("DELETE FROM case_plan_service WHERE plan_id = ?").param(plan.id()).update();
		writeLines(plan);
	}

	private void writeLines(ServicePlan plan) {
		int line = 1;
		for (var goal : plan.goals()) {
			jdbc.sql("INSERT INTO case_plan_goal (plan_id, line, domain_code, term, text) VALUES (?, ?, ?, ?, ?)")
					.params(plan.id(), line++, goal.domainCode(), goal.term().name(), goal.text()).update();
		}
		line = 1;
		for (var s : plan.services()) {
			jdbc.sql("""
					INSERT INTO case_plan_service (plan_id, line, provider, content, frequency, from_on, to_on,
					  resource_service_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(plan.id(), line++, s.provider(), s.content(), s.frequency(), s.from(), s.to(),
							s.resourceServiceId())
					.update();
		}
	}

	Optional<ServicePlan> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM case_plan WHERE id = ?").param(id).query(this::row).optional()
				.map(p -> withLines(List.of(p)).get(0));
	}

	/** Newest first. */
	List<ServicePlan> of(Collection<UUID> caseIds) {
		return withLines(jdbc.sql("SELECT " + COLUMNS + " FROM case_plan WHERE case_id IN (:ids) ORDER BY created_at DESC")
				.param("ids", caseIds).query(this::row).list());
	}

	private List<ServicePlan> withLines(List<ServicePlan> plans) {
		if (plans.isEmpty()) {
			return plans;
		}
		var ids = plans.stream().map(ServicePlan::id).toList();
		Map<UUID, List<ServicePlan.Goal>> goals = new HashMap<>();
		jdbc.sql("SELECT plan_id, domain_code, term, text FROM case_plan_goal WHERE plan_id IN (:ids) ORDER BY plan_id, line")
				.param("ids", ids)
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new ServicePlan.Goal(rs.getString(2),
						ServicePlan.Term.valueOf(rs.getString(3)), rs.getString(4))))
				.list().forEach(e -> goals.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<UUID, List<ServicePlan.Service>> services = new HashMap<>();
		jdbc.sql("""
				SELECT plan_id, provider, content, frequency, from_on, to_on, resource_service_id FROM case_plan_service
				WHERE plan_id IN (:ids) ORDER BY plan_id, line""")
				.param("ids", ids)
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new ServicePlan.Service(rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
						rs.getObject(7, UUID.class))))
				.list().forEach(e -> services.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return plans.stream().map(p -> new ServicePlan(p.id(), p.caseId(), p.simplified(), p.status(),
				goals.getOrDefault(p.id(), List.of()), services.getOrDefault(p.id(), List.of()), p.rejectionReason(),
				p.clientSignedOn(), p.providerConsentOn(), p.supersedes(), p.version())).toList();
	}

	private ServicePlan row(ResultSet rs, int n) throws SQLException {
		return new ServicePlan(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getBoolean("simplified"), ServicePlan.Status.valueOf(rs.getString("status")), List.of(), List.of(),
				rs.getString("rejection_reason"), rs.getObject("client_signed_on", LocalDate.class),
				rs.getObject("provider_consent_on", LocalDate.class), rs.getObject("supersedes", UUID.class),
				rs.getInt("version"));
	}
}
