package kr.dolbom.resource.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.Role;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * 복지자원 일제정비 (appendix 7 (5)): the central administrator opens a window (사업 기간); within it
 * each 시군구's resource manager starts the overhaul ("중앙자원관리자의 일제정비 사업 시작일 외에는
 * 정비 시작 불가"), works through the recommended list and completes it. Confirming a provider
 * records it as reviewed, so it leaves the "stale" list.
 */
@Service
public class OverhaulService {

	private final JdbcOverhauls overhauls;
	private final JdbcProviders providers;
	private final JdbcLinkages linkages;
	private final ResourceAccess access;
	private final Clock clock;

	OverhaulService(JdbcOverhauls overhauls, JdbcProviders providers, JdbcLinkages linkages, ResourceAccess access,
			Clock clock) {
		this.overhauls = overhauls;
		this.providers = providers;
		this.linkages = linkages;
		this.access = access;
		this.clock = clock;
	}

	public record WindowState(JdbcOverhauls.Window window, List<DistrictState> districts) {
	}

	/** A 시군구 of the caller within a window: not started, started or completed. */
	public record DistrictState(String districtCode, JdbcOverhauls.DistrictOverhaul overhaul, boolean canStart) {
	}

	public record Item(OverhaulRules.Reason reason, ProviderRecord provider, ServiceRecord service, long openLinkages) {
	}

	@Transactional
	public JdbcOverhauls.Window open(String title, LocalDate startsOn, LocalDate endsOn) {
		var user = access.requireAnyRole(Role.ADMIN);
		var problems = new ValidationFailed.Collector();
		var name = ProviderService.strip(title);
		problems.rejectIf(name == null, "title", "validation.required")
				.rejectIf(name != null && name.length() > 200, "title", "validation.too-long", 200)
				.rejectIf(startsOn == null, "startsOn", "validation.required")
				.rejectIf(endsOn == null, "endsOn", "validation.required")
				.rejectIf(startsOn != null && endsOn != null && endsOn.isBefore(startsOn), "endsOn",
						"validation.resource.period")
				.rejectIf(endsOn != null && endsOn.isBefore(LocalDate.now(clock)), "endsOn",
						"validation.resource.overhaul.past");
		problems.throwIfAny();
		if (overhauls.overlaps(startsOn, endsOn)) {
			throw new ResourceRuleViolation("overhaul-window-overlaps");
		}
		var window = new JdbcOverhauls.Window(Ids.newId(), name, startsOn, endsOn, user.id().value(),
				OffsetDateTime.now(clock));
		overhauls.insertWindow(window);
		return window;
	}

	/** The windows, and for a resource manager the state of each of their 시군구. */
	public List<WindowState> windows() {
		var user = access.reader();
		var today = LocalDate.now(clock);
		var districts = user.unitsWithRole(Role.RESOURCE_MANAGER).stream().sorted().toList();
		List<WindowState> states = new ArrayList<>();
		for (var window : overhauls.windows()) {
			List<DistrictState> mine = new ArrayList<>();
			for (var district : districts) {
				var overhaul = overhauls.district(window.id(), district).orElse(null);
				mine.add(new DistrictState(district, overhaul, overhaul == null && window.openOn(today)));
			}
			states.add(new WindowState(window, mine));
		}
		return states;
	}

	@Transactional
	public JdbcOverhauls.DistrictOverhaul start(UUID windowId, String district) {
		var user = access.reader();
		var code = managedDistrict(user, district);
		var window = window(windowId);
		if (!window.openOn(LocalDate.now(clock))) {
			throw new ResourceRuleViolation("overhaul-window-not-open");
		}
		if (overhauls.district(windowId, code).isPresent()) {
			throw new ResourceRuleViolation("overhaul-already-started");
		}
		overhauls.start(windowId, code, user.id().value(), OffsetDateTime.now(clock));
		return overhauls.district(windowId, code).orElseThrow();
	}

	/** 정비권장 대상목록: stale providers, services over capacity, services never linked. */
	public List<Item> recommended(UUID windowId, String district) {
		var user = access.reader();
		var code = managedDistrict(user, district);
		window(windowId);
		started(windowId, code);
		var now = OffsetDateTime.now(clock);
		var local = providers.approvedIn(code).stream().filter(p -> !p.imported()).toList();
		var services = providers.servicesOf(local.stream().map(ProviderRecord::id).toList());
		var active = services.values().stream().flatMap(List::stream).filter(s -> s.status() == ServiceStatus.ACTIVE)
				.toList();
		var open = linkages.openCounts(active.stream().map(ServiceRecord::id).toList());
		var linked = linkages.everLinked(active.stream().map(ServiceRecord::id).toList());
		List<Item> items = new ArrayList<>();
		for (var provider : local) {
			if (OverhaulRules.stale(provider, now)) {
				items.add(new Item(OverhaulRules.Reason.STALE, provider, null, 0));
			}
			for (var service : services.getOrDefault(provider.id(), List.of())) {
				if (service.status() != ServiceStatus.ACTIVE) {
					continue;
				}
				long count = open.getOrDefault(service.id(), 0L);
				if (OverhaulRules.overCapacity(service.capacity(), count)) {
					items.add(new Item(OverhaulRules.Reason.OVER_CAPACITY, provider, service, count));
				}
				if (!linked.contains(service.id())) {
					items.add(new Item(OverhaulRules.Reason.NEVER_LINKED, provider, service, 0));
				}
			}
		}
		return items;
	}

	/** The manager confirms a provider's data as current during the overhaul. */
	@Transactional
	public ProviderRecord confirm(UUID windowId, ProviderId providerId) {
		var user = access.reader();
		var provider = providers.find(providerId).orElseThrow(() -> new NotFoundException("provider", providerId));
		access.visible(user, provider);
		access.requireManagerOf(user, provider.districtCode());
		window(windowId);
		var overhaul = started(windowId, provider.districtCode());
		if (overhaul.completed()) {
			throw new ResourceRuleViolation("overhaul-completed");
		}
		ProviderLifecycle.requireLocal(provider);
		if (provider.status() != ProviderStatus.APPROVED) {
			throw new ResourceRuleViolation("provider-not-approved");
		}
		var now = OffsetDateTime.now(clock);
		providers.verify(providerId, now);
		providers.record(providerId, null, HistoryEntry.Action.VERIFIED, null, null, "일제정비 확인", windowId,
				user.id().value(), now);
		return providers.find(providerId).orElseThrow();
	}

	@Transactional
	public JdbcOverhauls.DistrictOverhaul complete(UUID windowId, String district) {
		var user = access.reader();
		var code = managedDistrict(user, district);
		window(windowId);
		var overhaul = started(windowId, code);
		if (overhaul.completed()) {
			throw new ResourceRuleViolation("overhaul-completed");
		}
		overhauls.complete(windowId, code, overhaul.version(), user.id().value(), OffsetDateTime.now(clock));
		return overhauls.district(windowId, code).orElseThrow();
	}

	private JdbcOverhauls.Window window(UUID id) {
		return overhauls.window(id).orElseThrow(() -> new NotFoundException("overhaul", id));
	}

	private JdbcOverhauls.DistrictOverhaul started(UUID windowId, String district) {
		return overhauls.district(windowId, district)
				.orElseThrow(() -> new ResourceRuleViolation("overhaul-not-started"));
	}

	/** The 시군구 the caller manages: the given one (403 unless theirs) or their only one. */
	private String managedDistrict(DolbomUser user, String district) {
		access.requireAnyRole(Role.RESOURCE_MANAGER);
		var code = Optional.ofNullable(ProviderService.strip(district));
		var managed = user.unitsWithRole(Role.RESOURCE_MANAGER);
		if (code.isEmpty()) {
			if (managed.size() != 1) {
				throw ValidationFailed.of("district", "validation.required");
			}
			return managed.iterator().next();
		}
		access.requireManagerOf(user, code.get());
		return code.get();
	}
}
