package kr.dolbom.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 서비스 제공 및 점검 (domain.md §4.8). */
@Repository
public class CheckRepository {

	public enum Method {
		VISIT, PHONE, OFFICE, PROVIDER_CONTACT
	}

	public enum Action {
		NONE, REASSESS, REVISE_PLAN, CLOSE
	}

	public record Check(UUID id, LocalDate checkedOn, Method method, String clientChange, String participation, String adequacy,
			int satisfaction, Action actionNeeded, String providerPlanVsActual, String providerChanges,
			String providerCooperation) {
	}

	private final JdbcClient jdbc;

	CheckRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID caseId, Check c, UUID recordedBy, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO case_check (id, case_id, checked_on, method, client_change, participation, adequacy,
				  satisfaction, action_needed, provider_plan_vs_actual, provider_changes, provider_cooperation,
				  recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(c.id(), caseId, c.checkedOn(), c.method().name(), c.clientChange(), c.participation(),
						c.adequacy(), c.satisfaction(), c.actionNeeded().name(), c.providerPlanVsActual(),
						c.providerChanges(), c.providerCooperation(), recordedBy, at)
				.update();
	}

	List<Check> of(Collection<UUID> caseIds) {
		return jdbc.sql("""
				SELECT id, checked_on, method, client_change, participation, adequacy, satisfaction, action_needed,
				  provider_plan_vs_actual, provider_changes, provider_cooperation
				FROM case_check WHERE case_id IN (:ids) ORDER BY checked_on DESC, recorded_at DESC""")
				.param("ids", caseIds)
				.query((rs, n) -> new Check(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
						Method.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
						Action.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11)))
				.list();
	}

	/** The last day the case manager reached the client (a check other than a provider contact). */
	Optional<LocalDate> lastContact(Collection<UUID> caseIds) {
		return Optional.ofNullable(jdbc.sql("""
				SELECT MAX(checked_on) FROM case_check WHERE case_id IN (:ids) AND method <> 'PROVIDER_CONTACT'""")
				.param("ids", caseIds).query(LocalDate.class).single());
	}
}
