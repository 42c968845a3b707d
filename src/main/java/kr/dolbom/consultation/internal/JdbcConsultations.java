package kr.dolbom.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.consultation.ConsultationId;
import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.consultation.ConsultationSummary;
import kr.dolbom.people.PersonId;

@Repository
public class JdbcConsultations {

	private static final String COLUMNS = """
			id, person_id, household_id, office_code, kind, route, referred_on, consulted_on, summary, wanted_help,
			recorded_by, recorded_at""";

	private final JdbcClient jdbc;

	JdbcConsultations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored consultation with the fields the summary leaves out. */
	public record Stored(ConsultationSummary summary, UUID householdId, String wantedHelp, UUID recordedBy,
			OffsetDateTime recordedAt) {
	}

	void insert(Stored c) {
		var s = c.summary();
		jdbc.sql("INSERT INTO consultation (" + COLUMNS + ", version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
				.params(s.id().value(), s.personId().value(), c.householdId(), s.officeCode(), s.kind().name(),
						s.route().name(), s.referredOn(), s.consultedOn(), s.summary(), c.wantedHelp(), c.recordedBy(),
						c.recordedAt())
				.update();
		int line = 1;
		for (var p : s.problems()) {
			jdbc.sql("""
					INSERT INTO consultation_problem (consultation_id, line, domain_code, problem, member_id, client_priority)
					VALUES (?, ?, ?, ?, ?, ?)""")
					.params(s.id().value(), line++, p.domainCode(), p.problem(),
							p.memberId() == null ? null : p.memberId().value(), p.clientPriority())
					.update();
		}
	}

	Optional<Stored> find(ConsultationId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE id = ?").param(id.value())
				.query(this::row).optional().map(s -> withProblems(List.of(s)).get(0));
	}

	List<Stored> ofPerson(PersonId person) {
		return withProblems(jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE person_id = ? ORDER BY consulted_on DESC, recorded_at DESC")
				.param(person.value()).query(this::row).list());
	}

	private List<Stored> withProblems(List<Stored> consultations) {
		if (consultations.isEmpty()) {
			return consultations;
		}
		Map<UUID, List<ConsultationSummary.Problem>> problems = new HashMap<>();
		jdbc.sql("""
				SELECT consultation_id, domain_code, problem, member_id, client_priority FROM consultation_problem
				WHERE consultation_id IN (:ids) ORDER BY consultation_id, line""")
				.param("ids", consultations.stream().map(c -> c.summary().id().value()).toList())
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new ConsultationSummary.Problem(rs.getString(2),
						rs.getString(3), rs.getObject(4, UUID.class) == null ? null : new PersonId(rs.getObject(4, UUID.class)),
						(Integer) rs.getObject(5))))
				.list()
				.forEach(e -> problems.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return consultations.stream().map(c -> {
			var s = c.summary();
			return new Stored(new ConsultationSummary(s.id(), s.personId(), s.officeCode(), s.kind(), s.route(),
					s.referredOn(), s.consultedOn(), s.summary(), problems.getOrDefault(s.id().value(), List.of())),
					c.householdId(), c.wantedHelp(), c.recordedBy(), c.recordedAt());
		}).toList();
	}

	private Stored row(ResultSet rs, int n) throws SQLException {
		return new Stored(new ConsultationSummary(new ConsultationId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("office_code"),
				ConsultationKind.valueOf(rs.getString("kind")), ConsultationRoute.valueOf(rs.getString("route")),
				rs.getObject("referred_on", LocalDate.class), rs.getObject("consulted_on", LocalDate.class),
				rs.getString("summary"), List.of()), rs.getObject("household_id", UUID.class), rs.getString("wanted_help"),
				rs.getObject("recorded_by", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class));
	}
}
