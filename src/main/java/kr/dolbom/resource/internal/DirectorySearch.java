package kr.dolbom.resource.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.Access;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

/**
 * Finding resources (appendix 7 (2)): own 시군구 by default, nationwide on request, filtered by name,
 * region, category, life stage and status, as a provider → services tree; and the services a
 * given person is eligible for.
 */
@Service
public class DirectorySearch {

	/** Bound of the eligibility lookup: the approved providers of one 시군구 fit easily. */
	static final int ELIGIBLE_PROVIDER_LIMIT = 2000;

	private final JdbcProviders providers;
	private final JdbcLinkages linkages;
	private final ResourceAccess resourceAccess;
	private final Access access;
	private final OrgUnits units;
	private final Persons persons;
	private final AccessLog accessLog;
	private final Clock clock;

	DirectorySearch(JdbcProviders providers, JdbcLinkages linkages, ResourceAccess resourceAccess, Access access,
			OrgUnits units, Persons persons, AccessLog accessLog, Clock clock) {
		this.providers = providers;
		this.linkages = linkages;
		this.resourceAccess = resourceAccess;
		this.access = access;
		this.units = units;
		this.persons = persons;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * {@code status}: APPROVED (default: usable), PENDING, REJECTED, ENDED, AVAILABLE (승인대기 +
	 * 승인, "가용 제공주체") or CLOSED (반려 + 자원종료, "종료제공주체"). {@code scope}: local (default)
	 * or national; a {@code region} (any org unit code) takes precedence over the scope.
	 */
	public record Query(String q, String region, String category, String lifeStage, String status, String scope) {
	}

	/** One provider of the tree with its (matching, active) services. */
	public record ProviderNode(ProviderRecord provider, String regionName, List<ServiceRecord> services) {
	}

	public PageResult<ProviderNode> search(Query query, Paging paging) {
		var user = resourceAccess.reader();
		var problems = new ValidationFailed.Collector();
		var statuses = statuses(query.status(), problems);
		var scope = ProviderService.strip(query.scope());
		problems.rejectIf(scope != null && !scope.equals("local") && !scope.equals("national"), "scope",
				"validation.resource.scope");
		var region = ProviderService.strip(query.region());
		problems.rejectIf(region != null && units.find(region).isEmpty(), "region", "validation.resource.org-unit");
		var category = ProviderService.strip(query.category());
		problems.rejectIf(category != null && providers.categories().stream().noneMatch(c -> c.code().equals(category)),
				"category", "validation.resource.category-unknown");
		LifeStage stage = null;
		if (ProviderService.strip(query.lifeStage()) != null) {
			try {
				stage = LifeStage.valueOf(query.lifeStage().strip());
			}
			catch (IllegalArgumentException e) {
				problems.reject("lifeStage", "validation.invalid");
			}
		}
		problems.throwIfAny();

		Set<String> districts = null;
		String office = null;
		if (region != null) {
			var unit = units.get(region);
			districts = resourceAccess.districtsWithin(region);
			if (unit.level() == OrgUnitLevel.OFFICE) {
				office = region;
			}
		}
		else if (!"national".equals(scope)) {
			districts = resourceAccess.districtsOf(user);
		}
		var q = ProviderService.strip(query.q());
		var nameKey = q == null ? null : ResourceKeys.name(q);
		if (nameKey != null && nameKey.isEmpty()) {
			nameKey = null;
		}
		var filter = new JdbcProviders.SearchFilter(nameKey, districts, office, category,
				stage == null ? null : stage.name(), statuses, resourceAccess.districtsOf(user),
				resourceAccess.seesEverything(user));
		var found = providers.search(filter, paging.size(), paging.offset());
		long total = found.size() < paging.size() && paging.page() == 0 ? found.size() : providers.count(filter);
		var services = providers.servicesOf(found.stream().map(ProviderRecord::id).toList());
		List<ProviderNode> nodes = new ArrayList<>();
		for (var provider : found) {
			boolean nameMatches = nameKey != null && ResourceKeys.name(provider.name()).contains(nameKey);
			var key = nameKey;
			var stageFilter = stage;
			var matching = services.getOrDefault(provider.id(), List.of()).stream()
					.filter(s -> s.status() == ServiceStatus.ACTIVE)
					.filter(s -> category == null || category.equals(s.categoryCode()))
					.filter(s -> stageFilter == null || s.eligibility().lifeStages().isEmpty()
							|| s.eligibility().lifeStages().contains(stageFilter))
					.filter(s -> key == null || nameMatches || ResourceKeys.text(s.name()).contains(key))
					.toList();
			nodes.add(new ProviderNode(provider, regionName(provider.orgUnitCode()), matching));
		}
		return new PageResult<>(nodes, paging.page(), paging.size(), total);
	}

	private static Set<ProviderStatus> statuses(String status, ValidationFailed.Collector problems) {
		var value = ProviderService.strip(status);
		if (value == null) {
			return EnumSet.of(ProviderStatus.APPROVED);
		}
		switch (value) {
			case "AVAILABLE":
				return EnumSet.of(ProviderStatus.PENDING, ProviderStatus.APPROVED);
			case "CLOSED":
				return EnumSet.of(ProviderStatus.REJECTED, ProviderStatus.ENDED);
			default:
				try {
					return EnumSet.of(ProviderStatus.valueOf(value));
				}
				catch (IllegalArgumentException e) {
					problems.reject("status", "validation.invalid");
					return EnumSet.of(ProviderStatus.APPROVED);
				}
		}
	}

	String regionName(String code) {
		return units.find(code).map(u -> u.fullName()).orElse(code);
	}

	// --- services a person is eligible for

	public record EligibleService(ServiceRecord service, ProviderRecord provider, EligibilityRules.Assessment assessment,
			long openLinkages) {
	}

	public record EligibleServices(PersonSummary person, PersonProfile profile, List<EligibleService> services) {
	}

	/**
	 * The usable services (approved provider, active, in period) a person may receive, from the
	 * person's age, household and income class: eligible ones first, then those with criteria the
	 * worker must check. {@code national} looks beyond the 시군구 of the person's address.
	 */
	public EligibleServices eligibleFor(PersonId personId, boolean national, String category) {
		var person = persons.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
		access.requireOfficeAndRole(person.officeCode(), "person", personId, ResourceAccess.LINK);
		var today = LocalDate.now(clock);
		var household = persons.household(person.householdId()).orElse(null);
		var profile = PersonProfile.of(person, household, today);
		accessLog.record(AccessSubject.of(LinkageService.PERSON, personId, person.officeCode()), AccessAction.VIEW,
				"복지자원 맞춤 서비스 조회");

		var districts = national ? null : units.districtOf(person.officeCode()).map(d -> Set.of(d.code())).orElse(Set.of());
		var cat = ProviderService.strip(category);
		var filter = new JdbcProviders.SearchFilter(null, districts, null, cat, null, EnumSet.of(ProviderStatus.APPROVED),
				Set.of(), true);
		var found = providers.search(filter, ELIGIBLE_PROVIDER_LIMIT, 0);
		var services = providers.servicesOf(found.stream().map(ProviderRecord::id).toList());
		List<EligibleService> result = new ArrayList<>();
		for (var provider : found) {
			for (var service : services.getOrDefault(provider.id(), List.of())) {
				if (service.status() != ServiceStatus.ACTIVE || !service.inPeriodOn(today)
						|| (cat != null && !cat.equals(service.categoryCode()))) {
					continue;
				}
				var assessment = EligibilityRules.assess(service.eligibility(), profile);
				if (assessment.result() != EligibilityRules.Result.NOT_ELIGIBLE) {
					result.add(new EligibleService(service, provider, assessment, 0));
				}
			}
		}
		var open = linkages.openCounts(result.stream().map(e -> e.service().id()).toList());
		var withCounts = result.stream()
				.map(e -> new EligibleService(e.service(), e.provider(), e.assessment(),
						open.getOrDefault(e.service().id(), 0L)))
				.sorted(Comparator.comparing((EligibleService e) -> e.assessment().result())
						.thenComparing(e -> e.service().categoryCode())
						.thenComparing(e -> e.provider().name()))
				.toList();
		return new EligibleServices(person, profile, withCounts);
	}

	// --- taxonomy

	public List<Taxonomy.Category> categories() {
		resourceAccess.reader();
		return providers.categories();
	}

	/** Standard service names containing the text (spaces and punctuation ignored). */
	public List<Taxonomy.ServiceName> serviceNames(String q, String category) {
		resourceAccess.reader();
		var text = ProviderService.strip(q);
		return providers.serviceNames(text == null ? null : ResourceKeys.text(text), ProviderService.strip(category));
	}
}
