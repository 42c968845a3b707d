package kr.dolbom.resource.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Registering providers and services, the duplicate check, approval by the resource manager of the
 * provider's 시군구, ending, and merging duplicates (appendix 7 (1), (3), (4)). Every method checks
 * scope (404) and role (403) itself and changes nothing unless everything is valid.
 */
@Service
public class ProviderService {

	private final JdbcProviders providers;
	private final JdbcLinkages linkages;
	private final ResourceAccess access;
	private final OrgUnits units;
	private final Clock clock;

	ProviderService(JdbcProviders providers, JdbcLinkages linkages, ResourceAccess access, OrgUnits units, Clock clock) {
		this.providers = providers;
		this.linkages = linkages;
		this.access = access;
		this.units = units;
		this.clock = clock;
	}

	public record ProviderInput(String name, String businessNumber, String phone, String address, String orgUnitCode,
			ProviderType type, String contactName, String contactMobile, String description) {
	}

	public record ServiceInput(String name, String category, String description, Integer capacity, LocalDate from,
			LocalDate to, String contactMobile, Eligibility eligibility) {
	}

	/** A provider with its services and history, as the provider page and the API show it. */
	public record ProviderView(ProviderRecord provider, List<ServiceRecord> services, List<HistoryEntry> history,
			boolean manager, boolean editable) {
	}

	/** A possible duplicate and the keys it shares with the new or given provider. */
	public record Candidate(ProviderRecord provider, Set<DuplicateRules.Match> matchedOn) {
	}

	// --- registration

	@Transactional
	public ProviderRecord register(ProviderInput input, boolean confirmNotDuplicate) {
		var user = access.registrar();
		var problems = new ValidationFailed.Collector();
		var valid = validate(input, user, problems);
		problems.throwIfAny();

		var district = units.districtOf(valid.orgUnitCode()).orElseThrow();
		var keys = DuplicateRules.Keys.of(valid.name(), valid.businessNumber(), valid.phone(), valid.address(),
				district.code());
		if (!confirmNotDuplicate) {
			var candidates = candidates(keys, null);
			if (!candidates.isEmpty()) {
				throw new ResourceRuleViolation("possible-duplicate").with("candidates",
						candidates.stream().map(ProviderService::candidateBody).toList());
			}
		}
		var now = OffsetDateTime.now(clock);
		var home = user.homeUnitCode().orElse(null);
		var provider = new ProviderRecord(new ProviderId(Ids.newId()), valid.name(), valid.businessNumber(),
				valid.phone(), valid.address(), valid.orgUnitCode(), district.code(), valid.type(), valid.description(),
				valid.contactName(), valid.contactMobile(), ProviderStatus.PENDING, null, ProviderRecord.Source.LOCAL,
				null, user.id().value(), home,
				home == null ? null : units.districtOf(home).map(OrgUnit::code).orElse(null), null, now, now, null, 0);
		providers.insert(provider);
		providers.record(provider.id(), null, HistoryEntry.Action.REGISTERED, null, ProviderStatus.PENDING.name(),
				confirmNotDuplicate ? "중복 아님 확인 후 등록" : null, null, user.id().value(), now);
		return provider;
	}

	/** Changes the details; the registrant's office while pending, the resource manager always. */
	@Transactional
	public ProviderRecord update(ProviderId id, int version, ProviderInput input) {
		var user = access.registrar();
		var provider = visible(user, id);
		ProviderLifecycle.requireEditable(provider);
		requireEditor(user, provider);
		var problems = new ValidationFailed.Collector();
		var valid = validate(input, user, problems);
		problems.throwIfAny();
		var district = units.districtOf(valid.orgUnitCode()).orElseThrow();
		if (!district.code().equals(provider.districtCode()) && provider.status() == ProviderStatus.APPROVED) {
			// moving an approved provider to another 시군구 would take it away from its manager's approval
			throw new ResourceRuleViolation("provider-district-fixed");
		}
		var now = OffsetDateTime.now(clock);
		var changed = new ProviderRecord(provider.id(), valid.name(), valid.businessNumber(), valid.phone(),
				valid.address(), valid.orgUnitCode(), district.code(), valid.type(), valid.description(),
				valid.contactName(), valid.contactMobile(), provider.status(), provider.statusReason(),
				provider.source(), provider.sourceSystem(), provider.registeredBy(), provider.registeredUnitCode(),
				provider.registeredDistrictCode(), provider.mergedInto(), provider.createdAt(), now,
				provider.verifiedAt(), provider.version());
		providers.updateDetails(changed, version);
		providers.record(id, null, HistoryEntry.Action.UPDATED, null, null, null, null, user.id().value(), now);
		return providers.find(id).orElseThrow();
	}

	private void requireEditor(DolbomUser user, ProviderRecord provider) {
		if (access.isManagerOf(user, provider.districtCode())) {
			return;
		}
		boolean registrantOffice = provider.status() == ProviderStatus.PENDING && provider.registeredUnitCode() != null
				&& user.grants().stream().anyMatch(g -> provider.registeredUnitCode().equals(g.orgUnitCode()));
		if (!registrantOffice) {
			access.requireManagerOf(user, provider.districtCode());
		}
	}

	private ProviderInput validate(ProviderInput input, DolbomUser user, ValidationFailed.Collector problems) {
		if (input == null) {
			problems.reject("name", "validation.required");
			return null;
		}
		var name = strip(input.name());
		problems.rejectIf(name == null, "name", "validation.required")
				.rejectIf(name != null && name.length() > 200, "name", "validation.too-long", 200);
		String businessNumber = null;
		if (strip(input.businessNumber()) != null) {
			businessNumber = ContactNumbers.businessNumber(input.businessNumber()).orElse(null);
			problems.rejectIf(businessNumber == null, "businessNumber", "validation.resource.business-number");
		}
		String phone = null;
		if (strip(input.phone()) == null) {
			problems.reject("phone", "validation.required");
		}
		else {
			phone = ContactNumbers.phone(input.phone()).orElse(null);
			problems.rejectIf(phone == null, "phone", "validation.phone");
		}
		var address = strip(input.address());
		problems.rejectIf(address == null, "address", "validation.required")
				.rejectIf(address != null && address.length() > 300, "address", "validation.too-long", 300);
		var orgUnitCode = strip(input.orgUnitCode());
		if (orgUnitCode == null) {
			orgUnitCode = user.homeUnitCode().filter(c -> units.districtOf(c).isPresent()).orElse(null);
			problems.rejectIf(orgUnitCode == null, "orgUnitCode", "validation.required");
		}
		else if (units.find(orgUnitCode).filter(u -> u.level() != kr.dolbom.org.OrgUnitLevel.PROVINCE).isEmpty()) {
			problems.reject("orgUnitCode", "validation.resource.org-unit");
		}
		problems.rejectIf(input.type() == null, "type", "validation.required");
		String mobile = null;
		if (strip(input.contactMobile()) != null) {
			mobile = ContactNumbers.mobile(input.contactMobile()).orElse(null);
			problems.rejectIf(mobile == null, "contactMobile", "validation.resource.mobile");
		}
		var contactName = strip(input.contactName());
		problems.rejectIf(contactName != null && contactName.length() > 60, "contactName", "validation.too-long", 60);
		var description = strip(input.description());
		problems.rejectIf(description != null && description.length() > 1000, "description", "validation.too-long",
				1000);
		return new ProviderInput(name == null ? null : name.replaceAll("\\s+", " "), businessNumber, phone, address,
				orgUnitCode, input.type(), contactName, mobile, description);
	}

	/** Possible duplicates of these keys (pending or approved), except the provider itself. */
	List<Candidate> candidates(DuplicateRules.Keys keys, ProviderId except) {
		List<Candidate> candidates = new ArrayList<>();
		for (var other : providers.duplicateCandidates(keys)) {
			if (other.id().equals(except)) {
				continue;
			}
			var matched = DuplicateRules.matches(keys, other.keys());
			if (!matched.isEmpty()) {
				candidates.add(new Candidate(other, matched));
			}
		}
		return candidates;
	}

	/** The possible duplicates of a provider, for the resource manager's clean-up (appendix 7 (4)). */
	public List<Candidate> duplicatesOf(ProviderId id) {
		var user = access.reader();
		var provider = visible(user, id);
		return candidates(provider.keys(), id).stream().filter(c -> access.canSee(user, c.provider())).toList();
	}

	static Map<String, Object> candidateBody(Candidate c) {
		Map<String, Object> body = new LinkedHashMap<>();
		var p = c.provider();
		body.put("id", p.id().toString());
		body.put("name", p.name());
		body.put("businessNumber", p.businessNumber());
		body.put("phone", p.phone());
		body.put("address", p.address());
		body.put("orgUnitCode", p.orgUnitCode());
		body.put("status", p.status().name());
		body.put("matchedOn", c.matchedOn().stream().map(Enum::name).sorted().toList());
		return body;
	}

	// --- reading

	public ProviderView view(ProviderId id) {
		var user = access.reader();
		var provider = visible(user, id);
		boolean manager = access.isManagerOf(user, provider.districtCode());
		boolean editable = !provider.imported() && provider.status().available();
		return new ProviderView(provider, providers.services(id), providers.history(id), manager, editable);
	}

	public ProviderRecord get(ProviderId id) {
		return visible(access.reader(), id);
	}

	/** Pending providers of the 시군구 where the caller is the resource manager (승인 관리). */
	public List<ProviderRecord> approvalInbox() {
		var user = access.requireAnyRole(kr.dolbom.org.Role.RESOURCE_MANAGER);
		return providers.pendingIn(user.unitsWithRole(kr.dolbom.org.Role.RESOURCE_MANAGER));
	}

	private ProviderRecord visible(DolbomUser user, ProviderId id) {
		var provider = providers.find(id).orElseThrow(() -> new NotFoundException("provider", id));
		return access.visible(user, provider);
	}

	// --- approval and ending (appendix 7 (3))

	@Transactional
	public ProviderRecord approve(ProviderId id) {
		var user = access.reader();
		var provider = visible(user, id);
		access.requireManagerOf(user, provider.districtCode());
		var next = ProviderLifecycle.approve(provider);
		return changeStatus(provider, next, null, HistoryEntry.Action.APPROVED, user);
	}

	@Transactional
	public ProviderRecord reject(ProviderId id, String reason) {
		var user = access.reader();
		var provider = visible(user, id);
		access.requireManagerOf(user, provider.districtCode());
		var why = requireReason(reason);
		var next = ProviderLifecycle.reject(provider);
		return changeStatus(provider, next, why, HistoryEntry.Action.REJECTED, user);
	}

	/** 자원종료: refused while linkages to its services are open, so that nobody is left waiting. */
	@Transactional
	public ProviderRecord end(ProviderId id, String reason) {
		var user = access.reader();
		var provider = visible(user, id);
		access.requireManagerOf(user, provider.districtCode());
		var why = requireReason(reason);
		var next = ProviderLifecycle.end(provider);
		if (linkages.countOpenForProvider(id) > 0) {
			throw new ResourceRuleViolation("open-linkages");
		}
		var now = OffsetDateTime.now(clock);
		for (var service : providers.services(id)) {
			if (service.status() == ServiceStatus.ACTIVE) {
				providers.endService(service.id(), why, now);
				providers.record(id, service.id(), HistoryEntry.Action.SERVICE_ENDED, ServiceStatus.ACTIVE.name(),
						ServiceStatus.ENDED.name(), why, null, user.id().value(), now);
			}
		}
		return changeStatus(provider, next, why, HistoryEntry.Action.ENDED, user);
	}

	private ProviderRecord changeStatus(ProviderRecord provider, ProviderStatus next, String reason,
			HistoryEntry.Action action, DolbomUser user) {
		var now = OffsetDateTime.now(clock);
		providers.changeStatus(provider.id(), provider.version(), next, reason, now);
		providers.record(provider.id(), null, action, provider.status().name(), next.name(), reason, null,
				user.id().value(), now);
		return providers.find(provider.id()).orElseThrow();
	}

	// --- services (appendix 7 (1) ②)

	@Transactional
	public ServiceRecord addService(ProviderId providerId, ServiceInput input) {
		var user = access.registrar();
		var provider = visible(user, providerId);
		ProviderLifecycle.requireEditable(provider);
		var problems = new ValidationFailed.Collector();
		var valid = validateService(input, problems);
		problems.throwIfAny();
		var name = valid.name();
		var existing = providers.services(providerId);
		if (existing.stream().anyMatch(s -> s.status() == ServiceStatus.ACTIVE && s.nameCode().equals(name.code()))) {
			throw new ResourceRuleViolation("duplicate-service").with("serviceName", name.name());
		}
		var now = OffsetDateTime.now(clock);
		var service = new ServiceRecord(new ServiceId(Ids.newId()), providerId, name.code(), name.name(),
				name.categoryCode(), name.categoryName(), valid.input().description(), valid.input().capacity(),
				valid.input().from(), valid.input().to(), valid.input().contactMobile(), ServiceStatus.ACTIVE, null,
				valid.input().eligibility(), now, now, 0);
		providers.insertService(service);
		providers.touch(providerId, now);
		providers.record(providerId, service.id(), HistoryEntry.Action.SERVICE_ADDED, null, ServiceStatus.ACTIVE.name(),
				name.name(), null, user.id().value(), now);
		return providers.findService(service.id()).orElseThrow();
	}

	/** A valid service input with its resolved standard name. */
	record ValidService(Taxonomy.ServiceName name, ServiceInput input) {
	}

	ValidService validateService(ServiceInput input, ValidationFailed.Collector problems) {
		if (input == null) {
			problems.reject("name", "validation.required");
			return null;
		}
		Taxonomy.ServiceName name = null;
		var nameText = strip(input.name());
		if (nameText == null) {
			problems.reject("name", "validation.required");
		}
		else {
			name = providers.serviceNameByKey(ResourceKeys.text(nameText))
					.or(() -> providers.serviceName(nameText)).orElse(null);
			problems.rejectIf(name == null, "name", "validation.resource.service-name");
		}
		var category = strip(input.category());
		problems.rejectIf(name != null && category != null && !category.equals(name.categoryCode()), "category",
				"validation.resource.category");
		problems.rejectIf(input.capacity() != null && input.capacity() < 1, "capacity", "validation.resource.capacity");
		problems.rejectIf(input.from() != null && input.to() != null && input.to().isBefore(input.from()), "to",
				"validation.resource.period");
		var description = strip(input.description());
		problems.rejectIf(description != null && description.length() > 1000, "description", "validation.too-long",
				1000);
		String mobile = null;
		if (strip(input.contactMobile()) != null) {
			mobile = ContactNumbers.mobile(input.contactMobile()).orElse(null);
			problems.rejectIf(mobile == null, "contactMobile", "validation.resource.mobile");
		}
		var eligibility = input.eligibility() == null ? Eligibility.none() : input.eligibility();
		eligibility.validate(problems, "eligibility.");
		return new ValidService(name, new ServiceInput(name == null ? null : name.name(),
				name == null ? null : name.categoryCode(), description, input.capacity(), input.from(), input.to(),
				mobile, eligibility));
	}

	public ServiceRecord service(ServiceId id) {
		var user = access.reader();
		var service = providers.findService(id).orElseThrow(() -> new NotFoundException("service", id));
		visible(user, service.providerId());
		return service;
	}

	/** Ends one service (manager of the provider's 시군구); refused while linkages to it are open. */
	@Transactional
	public ServiceRecord endService(ServiceId id, String reason) {
		var user = access.reader();
		var service = providers.findService(id).orElseThrow(() -> new NotFoundException("service", id));
		var provider = visible(user, service.providerId());
		access.requireManagerOf(user, provider.districtCode());
		ProviderLifecycle.requireLocal(provider);
		var why = requireReason(reason);
		if (service.status() != ServiceStatus.ACTIVE) {
			throw new ResourceRuleViolation("service-ended");
		}
		if (linkages.countOpenForService(id) > 0) {
			throw new ResourceRuleViolation("open-linkages");
		}
		var now = OffsetDateTime.now(clock);
		providers.endService(id, service.version(), why, now);
		providers.record(provider.id(), id, HistoryEntry.Action.SERVICE_ENDED, ServiceStatus.ACTIVE.name(),
				ServiceStatus.ENDED.name(), why, null, user.id().value(), now);
		return providers.findService(id).orElseThrow();
	}

	// --- merge (appendix 7 (4) 중복 제공주체 정리)

	/**
	 * Merges duplicates into the surviving provider: the chosen services (of the survivor or of a
	 * duplicate) stay with the survivor, every other service is ended, the duplicates are ended
	 * with a pointer to the survivor, and all of it is kept in the history of each.
	 */
	@Transactional
	public ProviderView merge(ProviderId survivorId, Collection<ProviderId> duplicateIds,
			Collection<ServiceId> keepServiceIds, String reason) {
		var user = access.reader();
		var survivor = visible(user, survivorId);
		access.requireManagerOf(user, survivor.districtCode());
		var problems = new ValidationFailed.Collector();
		var duplicateSet = duplicateIds == null ? Set.<ProviderId>of() : new HashSet<>(duplicateIds);
		duplicateSet.remove(survivorId);
		problems.rejectIf(duplicateSet.isEmpty(), "duplicateIds", "validation.resource.merge-duplicates");
		var why = strip(reason);
		problems.rejectIf(why == null, "reason", "validation.required");
		problems.throwIfAny();

		List<ProviderRecord> duplicates = new ArrayList<>();
		for (var id : duplicateSet) {
			var duplicate = visible(user, id);
			access.requireManagerOf(user, duplicate.districtCode());
			duplicates.add(duplicate);
		}
		ProviderLifecycle.requireEditable(survivor);
		duplicates.forEach(ProviderLifecycle::requireEditable);

		Map<ServiceId, ServiceRecord> all = new LinkedHashMap<>();
		for (var p : concat(survivor, duplicates)) {
			providers.services(p.id()).stream().filter(s -> s.status() == ServiceStatus.ACTIVE)
					.forEach(s -> all.put(s.id(), s));
		}
		var keep = keepServiceIds == null ? Set.<ServiceId>of() : new HashSet<>(keepServiceIds);
		if (!all.keySet().containsAll(keep)) {
			throw ValidationFailed.of("keepServiceIds", "validation.resource.merge-services");
		}
		var kept = keep.stream().map(all::get).toList();
		if (kept.stream().map(ServiceRecord::nameCode).distinct().count() < kept.size()) {
			throw new ResourceRuleViolation("duplicate-service");
		}
		for (var service : all.values()) {
			if (!keep.contains(service.id()) && linkages.countOpenForService(service.id()) > 0) {
				throw new ResourceRuleViolation("open-linkages").with("serviceId", service.id().toString());
			}
		}

		var now = OffsetDateTime.now(clock);
		var by = user.id().value();
		for (var service : all.values()) {
			if (keep.contains(service.id())) {
				if (!service.providerId().equals(survivorId)) {
					providers.moveService(service.id(), survivorId, now);
					linkages.moveService(service.id(), survivorId);
					providers.record(survivorId, service.id(), HistoryEntry.Action.SERVICE_MOVED, null, null, why,
							service.providerId().value(), by, now);
					providers.record(service.providerId(), service.id(), HistoryEntry.Action.SERVICE_MOVED, null, null,
							why, survivorId.value(), by, now);
				}
			}
			else {
				providers.endService(service.id(), why, now);
				providers.record(service.providerId(), service.id(), HistoryEntry.Action.SERVICE_ENDED,
						ServiceStatus.ACTIVE.name(), ServiceStatus.ENDED.name(), why, survivorId.value(), by, now);
			}
		}
		for (var duplicate : duplicates) {
			providers.markMerged(duplicate.id(), duplicate.version(), survivorId, why, now);
			providers.record(duplicate.id(), null, HistoryEntry.Action.MERGED_INTO, duplicate.status().name(),
					ProviderStatus.ENDED.name(), why, survivorId.value(), by, now);
			providers.record(survivorId, null, HistoryEntry.Action.MERGED_FROM, null, null, why,
					duplicate.id().value(), by, now);
		}
		providers.touch(survivorId, now);
		return view(survivorId);
	}

	private static List<ProviderRecord> concat(ProviderRecord first, List<ProviderRecord> rest) {
		List<ProviderRecord> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

	private static String requireReason(String reason) {
		var why = strip(reason);
		if (why == null) {
			throw ValidationFailed.of("reason", "validation.required");
		}
		if (why.length() > 500) {
			throw ValidationFailed.of("reason", "validation.too-long", 500);
		}
		return why;
	}

	static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
