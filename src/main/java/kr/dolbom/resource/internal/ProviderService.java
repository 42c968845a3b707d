package kr.dolbom.resource.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Registering providers with the duplicate check, changing them, and approval, rejection and ending
 * by the resource manager of the provider's 시군구 (appendix 7 (1) ①, (3)). Services are in
 * {@link ServiceRegistration}, merges in {@link DuplicateCleanup}. Every method checks scope (404)
 * and role (403) itself and changes nothing unless everything is valid.
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
		else if (units.find(orgUnitCode).filter(u -> u.level() != OrgUnitLevel.PROVINCE).isEmpty()) {
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
		var user = access.requireAnyRole(Role.RESOURCE_MANAGER);
		return providers.pendingIn(user.unitsWithRole(Role.RESOURCE_MANAGER));
	}

	ProviderRecord visible(DolbomUser user, ProviderId id) {
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


	static String requireReason(String reason) {
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
