package kr.dolbom.resource.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.shared.StaleVersionException;

/**
 * Providers, their services with eligibility, the history and the taxonomy. Plain SQL with bind
 * parameters; the callers apply visibility and roles.
 */
@Repository
public class JdbcProviders {

	private static final String PROVIDER_COLUMNS = """
			p.id, p.name, p.business_number, p.phone, p.address, p.org_unit_code, p.district_code, p.type,
			p.description, p.contact_name, p.contact_mobile, p.status, p.status_reason, p.source, p.source_system,
			p.registered_by, p.registered_unit_code, p.registered_district_code, p.merged_into, p.created_at,
			p.updated_at, p.verified_at, p.version""";

	private static final String SERVICE_COLUMNS = """
			s.id, s.provider_id, s.service_name_code, n.name AS service_name, n.category_code, c.name AS category_name,
			s.description, s.capacity, s.starts_on, s.ends_on, s.contact_mobile, s.status, s.status_reason,
			s.created_at, s.updated_at, s.version""";

	private static final String SERVICE_FROM = """
			FROM resource_service s JOIN resource_service_name n ON n.code = s.service_name_code
			JOIN resource_category c ON c.code = n.category_code""";

	private final JdbcClient jdbc;

	JdbcProviders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- providers

	public void insert(ProviderRecord p) {
		var keys = p.keys();
		jdbc.sql("""
				INSERT INTO resource_provider (id, name, name_key, business_number, phone, phone_key, address, address_key,
				  org_unit_code, district_code, type, description, contact_name, contact_mobile, status, status_reason,
				  source, source_system, registered_by, registered_unit_code, registered_district_code, merged_into,
				  created_at, updated_at, verified_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(p.id().value(), p.name(), keys.name(), p.businessNumber(), p.phone(), keys.phone(), p.address(),
						keys.address(), p.orgUnitCode(), p.districtCode(), p.type().name(), p.description(),
						p.contactName(), p.contactMobile(), p.status().name(), p.statusReason(), p.source().name(),
						p.sourceSystem(), p.registeredBy(), p.registeredUnitCode(), p.registeredDistrictCode(),
						p.mergedInto() == null ? null : p.mergedInto().value(), p.createdAt(), p.updatedAt(),
						p.verifiedAt())
				.update();
	}

	/** The editable details; the version guards against a concurrent change. */
	public void updateDetails(ProviderRecord p, int version) {
		var keys = p.keys();
		int updated = jdbc.sql("""
				UPDATE resource_provider SET name = ?, name_key = ?, business_number = ?, phone = ?, phone_key = ?,
				  address = ?, address_key = ?, org_unit_code = ?, district_code = ?, type = ?, description = ?,
				  contact_name = ?, contact_mobile = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
				.params(p.name(), keys.name(), p.businessNumber(), p.phone(), keys.phone(), p.address(), keys.address(),
						p.orgUnitCode(), p.districtCode(), p.type().name(), p.description(), p.contactName(),
						p.contactMobile(), p.updatedAt(), p.id().value(), version)
				.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	/** An imported provider refreshed from its source system (re-import). */
	public void replaceImported(ProviderRecord p) {
		var keys = p.keys();
		jdbc.sql("""
				UPDATE resource_provider SET name = ?, name_key = ?, business_number = ?, phone = ?, phone_key = ?,
				  address = ?, address_key = ?, org_unit_code = ?, district_code = ?, type = ?, description = ?,
				  contact_name = ?, contact_mobile = ?, status = ?, source_system = ?, updated_at = ?,
				  version = version + 1
				WHERE id = ? AND source = 'IMPORTED'""")
				.params(p.name(), keys.name(), p.businessNumber(), p.phone(), keys.phone(), p.address(), keys.address(),
						p.orgUnitCode(), p.districtCode(), p.type().name(), p.description(), p.contactName(),
						p.contactMobile(), p.status().name(), p.sourceSystem(), p.updatedAt(), p.id().value())
				.update();
	}

	public void changeStatus(ProviderId id, int version, ProviderStatus status, String reason, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE resource_provider SET status = ?, status_reason = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""").params(status.name(), reason, at, id.value(), version).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	public void markMerged(ProviderId id, int version, ProviderId into, String reason, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE resource_provider SET status = 'ENDED', status_reason = ?, merged_into = ?, updated_at = ?,
				  version = version + 1
				WHERE id = ? AND version = ?""").params(reason, into.value(), at, id.value(), version).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	public void verify(ProviderId id, OffsetDateTime at) {
		jdbc.sql("UPDATE resource_provider SET verified_at = ?, version = version + 1 WHERE id = ?")
				.params(at, id.value()).update();
	}

	public void touch(ProviderId id, OffsetDateTime at) {
		jdbc.sql("UPDATE resource_provider SET updated_at = ?, version = version + 1 WHERE id = ?")
				.params(at, id.value()).update();
	}

	public Optional<ProviderRecord> find(ProviderId id) {
		return jdbc.sql("SELECT " + PROVIDER_COLUMNS + " FROM resource_provider p WHERE p.id = ?").param(id.value())
				.query(JdbcProviders::provider).optional();
	}

	public List<ProviderRecord> findAll(Collection<ProviderId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + PROVIDER_COLUMNS + " FROM resource_provider p WHERE p.id IN (:ids) ORDER BY p.name")
				.param("ids", ids.stream().map(ProviderId::value).toList()).query(JdbcProviders::provider).list();
	}

	/** Pending or approved providers sharing a normalised key with {@code keys} (candidates for the rules). */
	public List<ProviderRecord> duplicateCandidates(DuplicateRules.Keys keys) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", keys.name());
		params.put("district", keys.districtCode() == null ? "" : keys.districtCode());
		params.put("business", keys.businessNumber().isEmpty() ? "-" : keys.businessNumber());
		params.put("phone", keys.phone().isEmpty() ? "-" : keys.phone());
		params.put("address", keys.address().isEmpty() ? "-" : keys.address());
		return jdbc.sql("SELECT " + PROVIDER_COLUMNS + """
				 FROM resource_provider p
				WHERE p.status IN ('PENDING', 'APPROVED')
				  AND ((p.name_key = :name AND p.district_code = :district)
				    OR REPLACE(p.business_number, '-', '') = :business
				    OR p.phone_key = :phone OR p.address_key = :address)
				ORDER BY p.name""").params(params).query(JdbcProviders::provider).list();
	}

	/** Pending providers waiting for the resource manager of these 시군구 (approval inbox). */
	public List<ProviderRecord> pendingIn(Collection<String> districts) {
		if (districts.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + PROVIDER_COLUMNS
				+ " FROM resource_provider p WHERE p.status = 'PENDING' AND p.district_code IN (:districts)"
				+ " ORDER BY p.created_at")
				.param("districts", districts).query(JdbcProviders::provider).list();
	}

	/** Approved providers of a 시군구, for the overhaul. */
	public List<ProviderRecord> approvedIn(String district) {
		return jdbc.sql("SELECT " + PROVIDER_COLUMNS
				+ " FROM resource_provider p WHERE p.status = 'APPROVED' AND p.district_code = ? ORDER BY p.name")
				.param(district).query(JdbcProviders::provider).list();
	}

	/** Every provider with one of the statuses in these 시군구 (all when {@code districts} is null), for export. */
	public List<ProviderRecord> withStatusIn(Collection<ProviderStatus> statuses, Collection<String> districts) {
		Map<String, Object> params = new HashMap<>();
		params.put("statuses", statuses.stream().map(Enum::name).toList());
		var where = "p.status IN (:statuses)";
		if (districts != null) {
			if (districts.isEmpty()) {
				return List.of();
			}
			where += " AND p.district_code IN (:districts)";
			params.put("districts", districts);
		}
		return jdbc.sql("SELECT " + PROVIDER_COLUMNS + " FROM resource_provider p WHERE " + where + " ORDER BY p.name, p.id")
				.params(params).query(JdbcProviders::provider).list();
	}

	/** The criteria of a directory search, already resolved to keys and code sets. */
	public record SearchFilter(String nameKey, Collection<String> districts, String officeCode, String category,
			String lifeStage, Collection<ProviderStatus> statuses, Collection<String> visibleDistricts,
			boolean seesEverything) {
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(SearchFilter f) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		clauses.add("p.status IN (:statuses)");
		params.put("statuses", f.statuses().stream().map(Enum::name).toList());
		if (!f.seesEverything()) {
			// approved and ended resources are a public directory; pending and rejected ones are seen
			// only in the 시군구 where the provider is and where it was registered
			clauses.add("(p.status IN ('APPROVED', 'ENDED') OR p.district_code IN (:visible)"
					+ " OR p.registered_district_code IN (:visible))");
			params.put("visible", f.visibleDistricts().isEmpty() ? List.of("-") : f.visibleDistricts());
		}
		if (f.districts() != null) {
			clauses.add("p.district_code IN (:districts)");
			params.put("districts", f.districts().isEmpty() ? List.of("-") : f.districts());
		}
		if (f.officeCode() != null) {
			clauses.add("p.org_unit_code = :office");
			params.put("office", f.officeCode());
		}
		if (f.nameKey() != null) {
			clauses.add("""
					(p.name_key LIKE :q ESCAPE '\\' OR EXISTS (SELECT 1 FROM resource_service qs
					  JOIN resource_service_name qn ON qn.code = qs.service_name_code
					  WHERE qs.provider_id = p.id AND qs.status = 'ACTIVE' AND qn.name_key LIKE :q ESCAPE '\\'))""");
			params.put("q", "%" + escapeLike(f.nameKey()) + "%");
		}
		if (f.category() != null) {
			clauses.add("""
					EXISTS (SELECT 1 FROM resource_service cs JOIN resource_service_name cn ON cn.code = cs.service_name_code
					  WHERE cs.provider_id = p.id AND cs.status = 'ACTIVE' AND cn.category_code = :category)""");
			params.put("category", f.category());
		}
		if (f.lifeStage() != null) {
			clauses.add("""
					EXISTS (SELECT 1 FROM resource_service ls WHERE ls.provider_id = p.id AND ls.status = 'ACTIVE'
					  AND (NOT EXISTS (SELECT 1 FROM resource_service_criterion lc WHERE lc.service_id = ls.id
					        AND lc.dimension = 'LIFE_STAGE')
					    OR EXISTS (SELECT 1 FROM resource_service_criterion lc WHERE lc.service_id = ls.id
					        AND lc.dimension = 'LIFE_STAGE' AND lc.criterion_value = :stage)))""");
			params.put("stage", f.lifeStage());
		}
		return new Where(String.join(" AND ", clauses), params);
	}

	public List<ProviderRecord> search(SearchFilter filter, int limit, long offset) {
		var where = where(filter);
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql("SELECT " + PROVIDER_COLUMNS + " FROM resource_provider p WHERE " + where.sql()
				+ " ORDER BY p.name, p.id LIMIT :limit OFFSET :offset").params(params)
				.query(JdbcProviders::provider).list();
	}

	public long count(SearchFilter filter) {
		var where = where(filter);
		return jdbc.sql("SELECT COUNT(*) FROM resource_provider p WHERE " + where.sql()).params(where.params())
				.query(Long.class).single();
	}

	// --- services

	public void insertService(ServiceRecord s) {
		jdbc.sql("""
				INSERT INTO resource_service (id, provider_id, service_name_code, description, capacity, starts_on, ends_on,
				  contact_mobile, status, status_reason, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(s.id().value(), s.providerId().value(), s.nameCode(), s.description(), s.capacity(),
						s.startsOn(), s.endsOn(), s.contactMobile(), s.status().name(), s.statusReason(), s.createdAt(),
						s.updatedAt())
				.update();
		insertCriteria(s.id(), s.eligibility());
	}

	public void updateService(ServiceRecord s, int version) {
		int updated = jdbc.sql("""
				UPDATE resource_service SET service_name_code = ?, description = ?, capacity = ?, starts_on = ?, ends_on = ?,
				  contact_mobile = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
				.params(s.nameCode(), s.description(), s.capacity(), s.startsOn(), s.endsOn(), s.contactMobile(),
						s.updatedAt(), s.id().value(), version)
				.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
		jdbc.sql("DELETE FROM resource_service_criterion WHERE service_id = ?").param(s.id().value()).update();
		insertCriteria(s.id(), s.eligibility());
	}

	/** An imported service refreshed from its source system. */
	public void replaceImportedService(ServiceRecord s) {
		jdbc.sql("""
				UPDATE resource_service SET provider_id = ?, service_name_code = ?, description = ?, capacity = ?,
				  starts_on = ?, ends_on = ?, contact_mobile = ?, status = ?, updated_at = ?, version = version + 1
				WHERE id = ?""")
				.params(s.providerId().value(), s.nameCode(), s.description(), s.capacity(), s.startsOn(), s.endsOn(),
						s.contactMobile(), s.status().name(), s.updatedAt(), s.id().value())
				.update();
		jdbc.sql("DELETE FROM resource_service_criterion WHERE service_id = ?").param(s.id().value()).update();
		insertCriteria(s.id(), s.eligibility());
	}

	private void insertCriteria(ServiceId id, Eligibility eligibility) {
		for (var c : eligibility.criteria()) {
			jdbc.sql("INSERT INTO resource_service_criterion (service_id, dimension, criterion_value) VALUES (?, ?, ?)")
					.params(id.value(), c.dimension().name(), c.value()).update();
		}
	}

	public void endService(ServiceId id, String reason, OffsetDateTime at) {
		jdbc.sql("""
				UPDATE resource_service SET status = 'ENDED', status_reason = ?, updated_at = ?, version = version + 1
				WHERE id = ?""").params(reason, at, id.value()).update();
	}

	public void endService(ServiceId id, int version, String reason, OffsetDateTime at) {
		int updated = jdbc.sql("""
				UPDATE resource_service SET status = 'ENDED', status_reason = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""").params(reason, at, id.value(), version).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	public void moveService(ServiceId id, ProviderId to, OffsetDateTime at) {
		jdbc.sql("UPDATE resource_service SET provider_id = ?, updated_at = ?, version = version + 1 WHERE id = ?")
				.params(to.value(), at, id.value()).update();
	}

	public Optional<ServiceRecord> findService(ServiceId id) {
		return jdbc.sql("SELECT " + SERVICE_COLUMNS + " " + SERVICE_FROM + " WHERE s.id = ?").param(id.value())
				.query(JdbcProviders::service).optional().map(this::withCriteria);
	}

	public List<ServiceRecord> services(ProviderId provider) {
		return servicesOf(List.of(provider)).getOrDefault(provider, List.of());
	}

	/** Services of many providers, in category and name order, with their eligibility. */
	public Map<ProviderId, List<ServiceRecord>> servicesOf(Collection<ProviderId> providers) {
		Map<ProviderId, List<ServiceRecord>> byProvider = new LinkedHashMap<>();
		if (providers.isEmpty()) {
			return byProvider;
		}
		var ids = providers.stream().map(ProviderId::value).toList();
		var services = jdbc.sql("SELECT " + SERVICE_COLUMNS + " " + SERVICE_FROM
				+ " WHERE s.provider_id IN (:ids) ORDER BY c.sort_order, n.sort_order, s.created_at")
				.param("ids", ids).query(JdbcProviders::service).list();
		Map<UUID, List<Eligibility.Criterion>> criteria = new HashMap<>();
		if (!services.isEmpty()) {
			jdbc.sql("""
					SELECT c.service_id, c.dimension, c.criterion_value FROM resource_service_criterion c
					JOIN resource_service s ON s.id = c.service_id WHERE s.provider_id IN (:ids)""")
					.param("ids", ids)
					.query((rs, n) -> {
						criteria.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
								.add(new Eligibility.Criterion(Eligibility.Dimension.valueOf(rs.getString(2)),
										rs.getString(3)));
						return null;
					}).list();
		}
		for (var s : services) {
			byProvider.computeIfAbsent(s.providerId(), k -> new ArrayList<>()).add(
					s.withEligibility(Eligibility.of(criteria.getOrDefault(s.id().value(), List.of()))));
		}
		return byProvider;
	}

	private ServiceRecord withCriteria(ServiceRecord s) {
		var criteria = jdbc.sql("SELECT dimension, criterion_value FROM resource_service_criterion WHERE service_id = ?")
				.param(s.id().value())
				.query((rs, n) -> new Eligibility.Criterion(Eligibility.Dimension.valueOf(rs.getString(1)),
						rs.getString(2)))
				.list();
		return s.withEligibility(Eligibility.of(criteria));
	}

	// --- history

	public void record(ProviderId provider, ServiceId service, HistoryEntry.Action action, String from, String to,
			String reason, UUID related, UUID by, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO resource_history (provider_id, service_id, action, from_status, to_status, reason, related_id,
				  changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(provider.value(), service == null ? null : service.value(), action.name(), from, to, reason,
						related, by, at)
				.update();
	}

	public List<HistoryEntry> history(ProviderId provider) {
		return jdbc.sql("""
				SELECT id, provider_id, service_id, action, from_status, to_status, reason, related_id, changed_by, changed_at
				FROM resource_history WHERE provider_id = ? ORDER BY id""").param(provider.value())
				.query((rs, n) -> new HistoryEntry(rs.getLong(1), rs.getObject(2, UUID.class),
						rs.getObject(3, UUID.class), HistoryEntry.Action.valueOf(rs.getString(4)), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class), rs.getObject(9, UUID.class),
						rs.getObject(10, OffsetDateTime.class)))
				.list();
	}

	/** Who imported which file from which system (resource_import). */
	public void recordImport(UUID id, String format, String source, String fileName, int providerCount,
			int serviceCount, UUID by, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO resource_import (id, format, source_system, file_name, providers, services, imported_by,
				  imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, format, source, fileName, providerCount, serviceCount, by, at).update();
	}

	// --- taxonomy

	public List<Taxonomy.Category> categories() {
		return jdbc.sql("SELECT code, name FROM resource_category ORDER BY sort_order")
				.query((rs, n) -> new Taxonomy.Category(rs.getString(1), rs.getString(2))).list();
	}

	public List<Taxonomy.ServiceName> serviceNames(String nameKey, String category) {
		Map<String, Object> params = new HashMap<>();
		var where = new ArrayList<String>();
		where.add("1 = 1");
		if (nameKey != null) {
			where.add("n.name_key LIKE :q ESCAPE '\\'");
			params.put("q", "%" + escapeLike(nameKey) + "%");
		}
		if (category != null) {
			where.add("n.category_code = :category");
			params.put("category", category);
		}
		return jdbc.sql("""
				SELECT n.code, n.name, n.category_code, c.name FROM resource_service_name n
				JOIN resource_category c ON c.code = n.category_code WHERE """ + " " + String.join(" AND ", where)
				+ " ORDER BY c.sort_order, n.sort_order").params(params)
				.query((rs, n) -> new Taxonomy.ServiceName(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4)))
				.list();
	}

	public Optional<Taxonomy.ServiceName> serviceName(String code) {
		return jdbc.sql("""
				SELECT n.code, n.name, n.category_code, c.name FROM resource_service_name n
				JOIN resource_category c ON c.code = n.category_code WHERE n.code = ?""").param(code)
				.query((rs, n) -> new Taxonomy.ServiceName(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4)))
				.optional();
	}

	public Optional<Taxonomy.ServiceName> serviceNameByKey(String nameKey) {
		return jdbc.sql("""
				SELECT n.code, n.name, n.category_code, c.name FROM resource_service_name n
				JOIN resource_category c ON c.code = n.category_code WHERE n.name_key = ?""").param(nameKey)
				.query((rs, n) -> new Taxonomy.ServiceName(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4)))
				.optional();
	}

	// --- mapping

	static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static ProviderRecord provider(ResultSet rs, int n) throws SQLException {
		var merged = rs.getObject("merged_into", UUID.class);
		return new ProviderRecord(new ProviderId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("business_number"), rs.getString("phone"), rs.getString("address"),
				rs.getString("org_unit_code"), rs.getString("district_code"), ProviderType.valueOf(rs.getString("type")),
				rs.getString("description"), rs.getString("contact_name"), rs.getString("contact_mobile"),
				ProviderStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
				ProviderRecord.Source.valueOf(rs.getString("source")), rs.getString("source_system"),
				rs.getObject("registered_by", UUID.class), rs.getString("registered_unit_code"),
				rs.getString("registered_district_code"), merged == null ? null : new ProviderId(merged),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getObject("verified_at", OffsetDateTime.class), rs.getInt("version"));
	}

	static ServiceRecord service(ResultSet rs, int n) throws SQLException {
		var capacity = rs.getObject("capacity");
		return new ServiceRecord(new ServiceId(rs.getObject("id", UUID.class)),
				new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("service_name_code"),
				rs.getString("service_name"), rs.getString("category_code"), rs.getString("category_name"),
				rs.getString("description"), capacity == null ? null : ((Number) capacity).intValue(),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getString("contact_mobile"), ServiceStatus.valueOf(rs.getString("status")),
				rs.getString("status_reason"), Eligibility.none(), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
	}
}
