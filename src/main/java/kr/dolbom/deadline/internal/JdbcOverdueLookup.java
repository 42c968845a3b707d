package kr.dolbom.deadline.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.deadline.OverdueLookup;
import kr.dolbom.deadline.SubjectType;

/** Overdue is computed from the due date, not from the sweep's flag, as everywhere else (docs/deadline.md). */
@Repository
class JdbcOverdueLookup implements OverdueLookup {

	private final JdbcClient jdbc;

	JdbcOverdueLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<UUID> overdueAmong(SubjectType type, Collection<UUID> subjectIds, LocalDate today) {
		if (subjectIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT subject_id FROM deadline
				WHERE subject_type = :type AND subject_id IN (:ids) AND state = 'OPEN' AND due_on < :today""")
				.param("type", type.name()).param("ids", List.copyOf(subjectIds)).param("today", today)
				.query(UUID.class).list());
	}

	@Override
	public Set<UUID> overdueIn(SubjectType type, Collection<String> officeCodes, LocalDate today) {
		if (officeCodes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT subject_id FROM deadline
				WHERE subject_type = :type AND office_code IN (:offices) AND state = 'OPEN' AND due_on < :today""")
				.param("type", type.name()).param("offices", List.copyOf(officeCodes)).param("today", today)
				.query(UUID.class).list());
	}
}
