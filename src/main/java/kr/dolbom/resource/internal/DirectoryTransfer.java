package kr.dolbom.resource.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.ValidationFailed;

/**
 * Export and import of the directory (CSV and Open Referral HSDS JSON), so that directories can
 * move between systems. Export: approved providers with their active services. Import: by the
 * administrator (anywhere) or a resource manager (providers of their 시군구); imported resources
 * are approved and read-only (appendix 7 (1) ①). A file is accepted whole or not at all: every
 * problem is reported with its row or path, and nothing is stored while there is one.
 */
@Service
public class DirectoryTransfer {

	public enum Format {
		CSV, HSDS
	}

	public record Export(Format format, String content, int providers, int services) {

		public byte[] bytes() {
			return content.getBytes(StandardCharsets.UTF_8);
		}
	}

	public record ImportResult(UUID id, int providers, int services, int created, int updated) {
	}

	private final JdbcProviders providers;
	private final DirectoryHsds hsds;
	private final HsdsReader hsdsReader;
	private final ResourceAccess access;
	private final OrgUnits units;
	private final ServiceRegistration serviceRegistration;
	private final Clock clock;

	DirectoryTransfer(JdbcProviders providers, DirectoryHsds hsds, HsdsReader hsdsReader, ResourceAccess access, OrgUnits units,
			ServiceRegistration serviceRegistration, Clock clock) {
		this.providers = providers;
		this.hsds = hsds;
		this.hsdsReader = hsdsReader;
		this.access = access;
		this.units = units;
		this.serviceRegistration = serviceRegistration;
		this.clock = clock;
	}

	public static Format format(String value) {
		if (value == null || value.isBlank()) {
			return Format.CSV;
		}
		return DirectoryFile.enumValue(Format.class, value)
				.orElseThrow(() -> ValidationFailed.of("format", "validation.invalid"));
	}

	// --- export

	/** Approved providers and their active services in a region, the caller's 시군구 or nationwide. */
	public Export export(Format format, String region, boolean national) {
		var user = access.reader();
		Set<String> districts;
		if (region != null && !region.isBlank()) {
			if (units.find(region.strip()).isEmpty()) {
				throw ValidationFailed.of("region", "validation.resource.org-unit");
			}
			districts = access.districtsWithin(region.strip());
		}
		else {
			districts = national ? null : access.districtsOf(user);
		}
		var list = providers.withStatusIn(EnumSet.of(ProviderStatus.APPROVED), districts);
		var all = providers.servicesOf(list.stream().map(ProviderRecord::id).toList());
		Map<ProviderId, List<ServiceRecord>> active = new LinkedHashMap<>();
		int count = 0;
		for (var entry : all.entrySet()) {
			var services = entry.getValue().stream().filter(s -> s.status() == ServiceStatus.ACTIVE).toList();
			active.put(entry.getKey(), services);
			count += services.size();
		}
		var content = format == Format.CSV ? DirectoryCsv.write(list, active)
				: hsds.write(list, active, providers.categories(), OffsetDateTime.now(clock));
		return new Export(format, content, list.size(), count);
	}

	// --- import

	@Transactional
	public ImportResult importFile(Format format, byte[] content, String encoding, String sourceSystem,
			String fileName) {
		var user = access.requireAnyRole(Role.ADMIN, Role.RESOURCE_MANAGER);
		var source = ProviderService.strip(sourceSystem);
		if (source == null) {
			throw ValidationFailed.of("source", "validation.required");
		}
		if (source.length() > 100) {
			throw ValidationFailed.of("source", "validation.too-long", 100);
		}
		var text = DirectoryFile.decode(content, format == Format.HSDS ? "UTF-8" : encoding);
		var entries = format == Format.CSV ? DirectoryCsv.read(text) : hsdsReader.read(text);
		var plan = plan(entries, source, user);
		return apply(plan, format, source, fileName, user);
	}

	private record PlannedService(ServiceRecord service, boolean exists) {
	}

	private record PlannedProvider(ProviderRecord provider, boolean exists, List<PlannedService> services) {
	}

	private List<PlannedProvider> plan(List<DirectoryFile.Provider> entries, String source, DolbomUser user) {
		var problems = new DirectoryFile.Problems();
		var now = OffsetDateTime.now(clock);
		var managed = user.unitsWithRole(Role.RESOURCE_MANAGER);
		boolean admin = user.hasRole(Role.ADMIN);
		Set<UUID> providerIds = new HashSet<>();
		Set<UUID> serviceIds = new HashSet<>();
		List<PlannedProvider> plan = new ArrayList<>();
		for (var entry : entries) {
			var at = entry.location() + ".";
			var collector = new ValidationFailed.Collector();
			var input = new ProviderService.ProviderInput(entry.name(), entry.businessNumber(), entry.phone(),
					entry.address(), entry.orgUnitCode(), entry.type(), entry.contactName(), entry.contactMobile(),
					entry.description());
			ProviderService.ProviderInput valid = null;
			try {
				valid = validateProvider(input, collector);
				collector.throwIfAny();
			}
			catch (ValidationFailed failure) {
				problems.addAll(failure.problems(), at);
				continue;
			}
			var district = units.districtOf(valid.orgUnitCode()).map(u -> u.code()).orElse(null);
			if (district == null || (!admin && !managed.contains(district))) {
				problems.add(at + "org_unit_code", "validation.resource.import.district");
				continue;
			}
			var id = id(source, entry.sourceId(), "provider", ResourceKeys.name(valid.name()),
					ResourceKeys.digits(valid.phone()));
			if (!providerIds.add(id)) {
				problems.add(at + "id", "validation.resource.import.duplicate-id");
				continue;
			}
			var existing = providers.find(new ProviderId(id)).orElse(null);
			if (existing != null && !existing.imported()) {
				problems.add(at + "id", "validation.resource.import.local-id");
				continue;
			}
			var provider = new ProviderRecord(new ProviderId(id), valid.name(), valid.businessNumber(), valid.phone(),
					valid.address(), valid.orgUnitCode(), district, valid.type(), valid.description(),
					valid.contactName(), valid.contactMobile(), ProviderStatus.APPROVED, null,
					ProviderRecord.Source.IMPORTED, source, user.id().value(), user.homeUnitCode().orElse(null), null,
					null, existing == null ? now : existing.createdAt(), now, null, 0);
			List<PlannedService> services = new ArrayList<>();
			Set<String> activeNames = new HashSet<>();
			for (var s : entry.services()) {
				var sat = s.location() + ".";
				var serviceProblems = new ValidationFailed.Collector();
				var validService = serviceRegistration.validateService(new ServiceRegistration.ServiceInput(s.name(),
						s.categoryCode(), s.description(), s.capacity(), s.from(), s.to(), s.contactMobile(),
						s.eligibility()), serviceProblems);
				if (serviceProblems.hasProblems()) {
					try {
						serviceProblems.throwIfAny();
					}
					catch (ValidationFailed failure) {
						problems.addAll(failure.problems(), sat + "service.");
					}
					continue;
				}
				var name = validService.name();
				if (s.active() && !activeNames.add(name.code())) {
					problems.add(sat + "service_name", "validation.resource.import.duplicate-service");
					continue;
				}
				var sid = id(source, s.sourceId(), "service", id.toString(), name.code());
				if (!serviceIds.add(sid)) {
					problems.add(sat + "id", "validation.resource.import.duplicate-id");
					continue;
				}
				var existingService = providers.findService(new ServiceId(sid)).orElse(null);
				if (existingService != null) {
					var owner = providers.find(existingService.providerId()).orElseThrow();
					if (!owner.imported()) {
						problems.add(sat + "id", "validation.resource.import.local-id");
						continue;
					}
				}
				var v = validService.input();
				services.add(new PlannedService(new ServiceRecord(new ServiceId(sid), provider.id(), name.code(),
						name.name(), name.categoryCode(), name.categoryName(), v.description(), v.capacity(), v.from(),
						v.to(), v.contactMobile(), s.active() ? ServiceStatus.ACTIVE : ServiceStatus.ENDED, null,
						v.eligibility(), existingService == null ? now : existingService.createdAt(), now, 0),
						existingService != null));
			}
			plan.add(new PlannedProvider(provider, existing != null, services));
		}
		problems.throwIfAny();
		return plan;
	}

	private ProviderService.ProviderInput validateProvider(ProviderService.ProviderInput input,
			ValidationFailed.Collector problems) {
		var name = ProviderService.strip(input.name());
		problems.rejectIf(name == null, "name", "validation.required")
				.rejectIf(name != null && name.length() > 200, "name", "validation.too-long", 200);
		String business = null;
		if (ProviderService.strip(input.businessNumber()) != null) {
			business = ContactNumbers.businessNumber(input.businessNumber()).orElse(null);
			problems.rejectIf(business == null, "business_number", "validation.resource.business-number");
		}
		String phone = null;
		if (ProviderService.strip(input.phone()) == null) {
			problems.reject("phone", "validation.required");
		}
		else {
			phone = ContactNumbers.phone(input.phone()).orElse(null);
			problems.rejectIf(phone == null, "phone", "validation.phone");
		}
		var address = ProviderService.strip(input.address());
		problems.rejectIf(address == null, "address", "validation.required")
				.rejectIf(address != null && address.length() > 300, "address", "validation.too-long", 300);
		var code = ProviderService.strip(input.orgUnitCode());
		problems.rejectIf(code == null, "org_unit_code", "validation.required");
		problems.rejectIf(code != null
				&& units.find(code).filter(u -> u.level() != OrgUnitLevel.PROVINCE).isEmpty(), "org_unit_code",
				"validation.resource.org-unit");
		problems.rejectIf(input.type() == null, "provider_type", "validation.required");
		String mobile = null;
		if (ProviderService.strip(input.contactMobile()) != null) {
			mobile = ContactNumbers.mobile(input.contactMobile()).orElse(null);
			problems.rejectIf(mobile == null, "contact_mobile", "validation.resource.mobile");
		}
		var contactName = ProviderService.strip(input.contactName());
		problems.rejectIf(contactName != null && contactName.length() > 60, "contact_name", "validation.too-long", 60);
		var description = ProviderService.strip(input.description());
		problems.rejectIf(description != null && description.length() > 1000, "description", "validation.too-long",
				1000);
		return new ProviderService.ProviderInput(name, business, phone, address, code, input.type(), contactName,
				mobile, description);
	}

	/** Our id for a source id: the same UUID when it is one, otherwise derived, so a re-import updates. */
	static UUID id(String source, String sourceId, String kind, String... fallback) {
		if (sourceId != null) {
			try {
				return UUID.fromString(sourceId);
			}
			catch (IllegalArgumentException e) {
				return DirectoryHsds.derived("import", source, kind, sourceId);
			}
		}
		var parts = new ArrayList<String>(List.of("import", source, kind));
		parts.addAll(List.of(fallback));
		return DirectoryHsds.derived(parts.toArray(String[]::new));
	}

	private ImportResult apply(List<PlannedProvider> plan, Format format, String source, String fileName,
			DolbomUser user) {
		var now = OffsetDateTime.now(clock);
		var by = user.id().value();
		int created = 0;
		int updated = 0;
		int serviceCount = 0;
		for (var p : plan) {
			var provider = p.provider();
			if (p.exists()) {
				providers.replaceImported(provider);
				updated++;
			}
			else {
				providers.insert(provider);
				created++;
			}
			providers.record(provider.id(), null, HistoryEntry.Action.IMPORTED, null, ProviderStatus.APPROVED.name(),
					source, null, by, now);
			Set<ServiceId> inFile = new HashSet<>();
			for (var s : p.services()) {
				inFile.add(s.service().id());
				if (s.exists()) {
					providers.replaceImportedService(s.service());
				}
				else {
					providers.insertService(s.service());
				}
				serviceCount++;
			}
			if (p.exists()) {
				for (var old : providers.services(provider.id())) {
					if (old.status() == ServiceStatus.ACTIVE && !inFile.contains(old.id())) {
						providers.endService(old.id(), source + "에서 빠짐", now);
					}
				}
			}
		}
		var id = Ids.newId();
		providers.recordImport(id, format.name(), source, fileName == null ? null : abbreviate(fileName, 200),
				plan.size(), serviceCount, by, now);
		return new ImportResult(id, plan.size(), serviceCount, created, updated);
	}

	private static String abbreviate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
