package kr.dolbom.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.domain.Assessment;

@Repository
public class AssessmentRepository {

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CaseId caseId, Assessment assessment, UUID recordedBy, OffsetDateTime at) {
		jdbc.sql("INSERT INTO case_assessment (id, case_id, assessed_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)")
				.params(assessment.id(), caseId.value(), assessment.assessedOn(), recordedBy, at).update();
		int line = 1;
		for (var item : assessment.items()) {
			jdbc.sql("""
					INSERT INTO case_assessment_item (assessment_id, line, domain_code, member_id, need, crisis_score,
					  client_view, manager_view, agreed_priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(assessment.id(), line++, item.domainCode(), item.memberId(), item.need(), item.crisisScore(),
							item.clientView(), item.managerView(), item.agreedPriority())
					.update();
		}
	}

	/** Oldest first, across the case and the cases it was transferred from. */
	List<Assessment> of(Collection<UUID> caseIds) {
		record Head(UUID id, LocalDate on) {
		}
		var heads = jdbc.sql("SELECT id, assessed_on FROM case_assessment WHERE case_id IN (:ids) ORDER BY assessed_on, recorded_at")
				.param("ids", caseIds).query((rs, n) -> new Head(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
				.list();
		if (heads.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Assessment.Item>> items = new HashMap<>();
		jdbc.sql("""
				SELECT assessment_id, domain_code, member_id, need, crisis_score, client_view, manager_view, agreed_priority
				FROM case_assessment_item WHERE assessment_id IN (:ids) ORDER BY assessment_id, line""")
				.param("ids", heads.stream().map(Head::id).toList())
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Assessment.Item(rs.getString(2),
						rs.getObject(3, UUID.class), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7),
						(Integer) rs.getObject(8))))
				.list()
				.forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return heads.stream().map(h -> new Assessment(h.id(), h.on(), items.getOrDefault(h.id(), List.of()))).toList();
	}

	int count(Collection<UUID> caseIds) {
		return jdbc.sql("SELECT COUNT(*) FROM case_assessment WHERE case_id IN (:ids)").param("ids", caseIds)
				.query(Integer.class).single();
	}
}
