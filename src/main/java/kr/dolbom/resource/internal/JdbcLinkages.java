package kr.dolbom.resource.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.people.PersonId;
import kr.dolbom.resource.LinkageId;
import kr.dolbom.resource.LinkageStatus;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.shared.StaleVersionException;

/** Linkage requests. Scope is applied by the callers through the offices and providers they pass. */
@Repository
public class JdbcLinkages {

	private static final String COLUMNS = """
			l.id, l.service_id, l.provider_id, l.person_id, l.case_id, l.office_code, l.note, l.status, l.reason,
			l.requested_by, l.requested_at, l.accepted_by, l.accepted_at, l.completed_by, l.completed_at,
			l.rejected_by, l.rejected_at, l.version""";

	private final JdbcClient jdbc;

	JdbcLinkages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(LinkageRecord l) {
		jdbc.sql("""
				INSERT INTO resource_linkage (id, service_id, provider_id, person_id, case_id, office_code, note, status,
				  requested_by, requested_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(l.id().value(), l.serviceId().value(), l.providerId().value(), l.personId().value(), l.caseId(),
						l.officeCode(), l.note(), l.status().name(), l.requestedBy(), l.requestedAt())
				.update();
	}

	public Optional<LinkageRecord> find(LinkageId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM resource_linkage l WHERE l.id = ?").param(id.value())
				.query(JdbcLinkages::linkage).optional();
	}

	public void accept(LinkageId id, int version, UUID by, OffsetDateTime at) {
		check(jdbc.sql("""
				UPDATE resource_linkage SET status = 'ACCEPTED', accepted_by = ?, accepted_at = ?, version = version + 1
				WHERE id = ? AND version = ?""").params(by, at, id.value(), version).update());
	}

	public void complete(LinkageId id, int version, UUID by, OffsetDateTime at) {
		check(jdbc.sql("""
				UPDATE resource_linkage SET status = 'COMPLETED', completed_by = ?, completed_at = ?, version = version + 1
				WHERE id = ? AND version = ?""").params(by, at, id.value(), version).update());
	}

	public void reject(LinkageId id, int version, String reason, UUID by, OffsetDateTime at) {
		check(jdbc.sql("""
				UPDATE resource_linkage SET status = 'REJECTED', reason = ?, rejected_by = ?, rejected_at = ?,
				  version = version + 1
				WHERE id = ? AND version = ?""").params(reason, by, at, id.value(), version).update());
	}

	private static void check(int updated) {
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	public boolean existsOpen(PersonId person, ServiceId service) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM resource_linkage
				WHERE person_id = ? AND service_id = ? AND status IN ('REQUESTED', 'ACCEPTED')""")
				.params(person.value(), service.value()).query(Long.class).single() > 0;
	}

	public long countOpenForProvider(ProviderId provider) {
		return jdbc.sql("SELECT COUNT(*) FROM resource_linkage WHERE provider_id = ? AND status IN ('REQUESTED', 'ACCEPTED')")
				.param(provider.value()).query(Long.class).single();
	}

	public long countOpenForService(ServiceId service) {
		return jdbc.sql("SELECT COUNT(*) FROM resource_linkage WHERE service_id = ? AND status IN ('REQUESTED', 'ACCEPTED')")
				.param(service.value()).query(Long.class).single();
	}

	/** Open linkages (requested or accepted) per service: what the service has taken on now. */
	public Map<ServiceId, Long> openCounts(Collection<ServiceId> services) {
		Map<ServiceId, Long> counts = new HashMap<>();
		if (services.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				SELECT service_id, COUNT(*) FROM resource_linkage
				WHERE service_id IN (:ids) AND status IN ('REQUESTED', 'ACCEPTED') GROUP BY service_id""")
				.param("ids", services.stream().map(ServiceId::value).toList())
				.query((rs, n) -> counts.put(new ServiceId(rs.getObject(1, UUID.class)), rs.getLong(2))).list();
		return counts;
	}

	/** Services that were ever linked (in any state). */
	public Set<ServiceId> everLinked(Collection<ServiceId> services) {
		Set<ServiceId> linked = new HashSet<>();
		if (services.isEmpty()) {
			return linked;
		}
		jdbc.sql("SELECT DISTINCT service_id FROM resource_linkage WHERE service_id IN (:ids)")
				.param("ids", services.stream().map(ServiceId::value).toList())
				.query((rs, n) -> linked.add(new ServiceId(rs.getObject(1, UUID.class)))).list();
		return linked;
	}

	public void moveService(ServiceId service, ProviderId to) {
		jdbc.sql("UPDATE resource_linkage SET provider_id = ? WHERE service_id = ?").params(to.value(), service.value())
				.update();
	}

	/** Linkages requested for residents of these offices (the requesting side). */
	public List<LinkageRecord> forOffices(Collection<String> offices, LinkageStatus status, int limit, long offset) {
		if (offices.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("offices", offices);
		params.put("limit", limit);
		params.put("offset", offset);
		var where = "l.office_code IN (:offices)";
		if (status != null) {
			where += " AND l.status = :status";
			params.put("status", status.name());
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM resource_linkage l WHERE " + where
				+ " ORDER BY l.requested_at DESC, l.id LIMIT :limit OFFSET :offset").params(params)
				.query(JdbcLinkages::linkage).list();
	}

	public long countForOffices(Collection<String> offices, LinkageStatus status) {
		if (offices.isEmpty()) {
			return 0;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("offices", offices);
		var where = "office_code IN (:offices)";
		if (status != null) {
			where += " AND status = :status";
			params.put("status", status.name());
		}
		return jdbc.sql("SELECT COUNT(*) FROM resource_linkage WHERE " + where).params(params).query(Long.class).single();
	}

	/**
	 * The provider side's inbox: linkages to providers of the 시군구 the caller manages, or to the
	 * provider that is the caller's agency (normalised name key).
	 */
	public List<LinkageRecord> forProviders(Collection<String> districts, String agencyKey, LinkageStatus status,
			int limit, long offset) {
		Map<String, Object> params = new HashMap<>();
		params.put("districts", districts.isEmpty() ? List.of("-") : districts);
		params.put("agency", agencyKey == null || agencyKey.isEmpty() ? "-" : agencyKey);
		params.put("limit", limit);
		params.put("offset", offset);
		var where = "l.provider_id IN (SELECT p.id FROM resource_provider p WHERE p.district_code IN (:districts)"
				+ " OR p.name_key = :agency)";
		if (status != null) {
			where += " AND l.status = :status";
			params.put("status", status.name());
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM resource_linkage l WHERE " + where
				+ " ORDER BY l.requested_at DESC, l.id LIMIT :limit OFFSET :offset").params(params)
				.query(JdbcLinkages::linkage).list();
	}

	public long countForProviders(Collection<String> districts, String agencyKey, LinkageStatus status) {
		Map<String, Object> params = new HashMap<>();
		params.put("districts", districts.isEmpty() ? List.of("-") : districts);
		params.put("agency", agencyKey == null || agencyKey.isEmpty() ? "-" : agencyKey);
		var where = "l.provider_id IN (SELECT p.id FROM resource_provider p WHERE p.district_code IN (:districts)"
				+ " OR p.name_key = :agency)";
		if (status != null) {
			where += " AND l.status = :status";
			params.put("status", status.name());
		}
		return jdbc.sql("SELECT COUNT(*) FROM resource_linkage l WHERE " + where).params(params).query(Long.class)
				.single();
	}

	public List<LinkageRecord> ofPerson(PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM resource_linkage l WHERE l.person_id = ? ORDER BY l.requested_at DESC")
				.param(person.value()).query(JdbcLinkages::linkage).list();
	}

	public List<LinkageRecord> ofCase(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM resource_linkage l WHERE l.case_id = ? ORDER BY l.requested_at DESC")
				.param(caseId).query(JdbcLinkages::linkage).list();
	}

	static LinkageRecord linkage(ResultSet rs, int n) throws SQLException {
		return new LinkageRecord(new LinkageId(rs.getObject("id", UUID.class)),
				new ServiceId(rs.getObject("service_id", UUID.class)),
				new ProviderId(rs.getObject("provider_id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)), rs.getObject("case_id", UUID.class),
				rs.getString("office_code"), rs.getString("note"), LinkageStatus.valueOf(rs.getString("status")),
				rs.getString("reason"), rs.getObject("requested_by", UUID.class),
				rs.getObject("requested_at", OffsetDateTime.class), rs.getObject("accepted_by", UUID.class),
				rs.getObject("accepted_at", OffsetDateTime.class), rs.getObject("completed_by", UUID.class),
				rs.getObject("completed_at", OffsetDateTime.class), rs.getObject("rejected_by", UUID.class),
				rs.getObject("rejected_at", OffsetDateTime.class), rs.getInt("version"));
	}
}
