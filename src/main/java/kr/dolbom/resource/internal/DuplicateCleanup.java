package kr.dolbom.resource.internal;

import java.time.Clock;
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

import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.shared.ValidationFailed;

/**
 * 중복 제공주체 정리 (appendix 7 (4)): the possible duplicates of a provider, and the merge by the
 * resource manager — the surviving provider keeps the chosen services, the others and the
 * duplicates are ended, and every step is in the history of each provider.
 */
@Service
public class DuplicateCleanup {

	private final JdbcProviders providers;
	private final JdbcLinkages linkages;
	private final ResourceAccess access;
	private final ProviderService providerService;
	private final Clock clock;

	DuplicateCleanup(JdbcProviders providers, JdbcLinkages linkages, ResourceAccess access,
			ProviderService providerService, Clock clock) {
		this.providers = providers;
		this.linkages = linkages;
		this.access = access;
		this.providerService = providerService;
		this.clock = clock;
	}

	/** The possible duplicates of a provider, for the resource manager's clean-up (appendix 7 (4)). */
	public List<ProviderService.Candidate> duplicatesOf(ProviderId id) {
		var user = access.reader();
		var provider = providerService.visible(user, id);
		return providerService.candidates(provider.keys(), id).stream().filter(c -> access.canSee(user, c.provider())).toList();
	}

	// --- merge (appendix 7 (4) 중복 제공주체 정리)

	/**
	 * Merges duplicates into the surviving provider: the chosen services (of the survivor or of a
	 * duplicate) stay with the survivor, every other service is ended, the duplicates are ended
	 * with a pointer to the survivor, and all of it is kept in the history of each.
	 */
	@Transactional
	public ProviderService.ProviderView merge(ProviderId survivorId, Collection<ProviderId> duplicateIds,
			Collection<ServiceId> keepServiceIds, String reason) {
		var user = access.reader();
		var survivor = providerService.visible(user, survivorId);
		access.requireManagerOf(user, survivor.districtCode());
		var problems = new ValidationFailed.Collector();
		var duplicateSet = duplicateIds == null ? Set.<ProviderId>of() : new HashSet<>(duplicateIds);
		duplicateSet.remove(survivorId);
		problems.rejectIf(duplicateSet.isEmpty(), "duplicateIds", "validation.resource.merge-duplicates");
		var why = ProviderService.strip(reason);
		problems.rejectIf(why == null, "reason", "validation.required");
		problems.throwIfAny();

		List<ProviderRecord> duplicates = new ArrayList<>();
		for (var id : duplicateSet) {
			var duplicate = providerService.visible(user, id);
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
		return providerService.view(survivorId);
	}

	private static List<ProviderRecord> concat(ProviderRecord first, List<ProviderRecord> rest) {
		List<ProviderRecord> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}
}
