package kr.dolbom.resource.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.Access;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.Role;
import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.Consents;
import kr.dolbom.people.HouseholdSummary;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.resource.LinkableCases;
import kr.dolbom.resource.LinkageAccepted;
import kr.dolbom.resource.LinkageCompleted;
import kr.dolbom.resource.LinkageId;
import kr.dolbom.resource.LinkageRejected;
import kr.dolbom.resource.LinkageRequested;
import kr.dolbom.resource.LinkageStatus;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

/**
 * Linkage of a person (later: of a case) to a service, closed loop (민간자원 연계, domain.md §7 and
 * §4.8): the requesting worker asks, the provider side accepts and completes or rejects with a
 * reason, and the requesting worker sees each state. A linkage shows a person's data to the
 * provider side, so every view and change is written to the access log.
 *
 * <p>Who sees a linkage: the requesting side (users whose scope covers the person's 읍면동 at the
 * time of the request, with a {@link ResourceAccess#LINK} role or as resource manager), and the
 * provider side ({@link ResourceAccess#actsFor}). Everyone else gets 404. The requesting side may
 * not answer for the provider (403).
 */
@Service
public class LinkageService {

	static final String PERSON = "PERSON";

	private final JdbcLinkages linkages;
	private final JdbcProviders providers;
	private final ResourceAccess resourceAccess;
	private final Access access;
	private final Persons persons;
	private final Consents consents;
	private final AccessLog accessLog;
	private final ObjectProvider<LinkableCases> cases;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	LinkageService(JdbcLinkages linkages, JdbcProviders providers, ResourceAccess resourceAccess, Access access,
			Persons persons, Consents consents, AccessLog accessLog, ObjectProvider<LinkableCases> cases,
			ApplicationEventPublisher events, Clock clock) {
		this.linkages = linkages;
		this.providers = providers;
		this.resourceAccess = resourceAccess;
		this.access = access;
		this.persons = persons;
		this.consents = consents;
		this.accessLog = accessLog;
		this.cases = cases;
		this.events = events;
		this.clock = clock;
	}

	/** api.md: {@code {caseId|personId, serviceId, note}}. */
	public record LinkageRequest(UUID caseId, UUID personId, UUID serviceId, String note) {
	}

	/** A linkage with what the screens need: the service, its provider and the person. */
	public record LinkageView(LinkageRecord linkage, ServiceRecord service, ProviderRecord provider,
			PersonSummary person, String addressLine, boolean requestingSide, boolean providerSide) {
	}

	@Transactional
	public LinkageView request(LinkageRequest request) {
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(request.serviceId() == null, "serviceId", "validation.required");
		problems.rejectIf(request.personId() == null && request.caseId() == null, "personId", "validation.required");
		var note = ProviderService.strip(request.note());
		problems.rejectIf(note != null && note.length() > 1000, "note", "validation.too-long", 1000);
		problems.throwIfAny();

		var personId = request.personId() == null ? null : new PersonId(request.personId());
		UUID caseId = null;
		if (request.caseId() != null) {
			var linkable = cases.getIfAvailable();
			if (linkable == null) {
				throw ValidationFailed.of("caseId", "validation.resource.linkage.case-unsupported");
			}
			var found = linkable.find(request.caseId()).orElseThrow(() -> new NotFoundException("case", request.caseId()));
			access.requireOffice(found.officeCode(), "case", request.caseId());
			if (personId != null && !personId.equals(found.personId())) {
				throw ValidationFailed.of("personId", "validation.resource.linkage.case-person");
			}
			personId = found.personId();
			caseId = found.caseId();
		}
		var id = personId;
		var person = persons.find(id).orElseThrow(() -> new NotFoundException("person", id));
		var user = access.requireOfficeAndRole(person.officeCode(), "person", id, ResourceAccess.LINK);
		if (person.deceasedOn() != null) {
			throw new ResourceRuleViolation("person-deceased");
		}

		var serviceId = new ServiceId(request.serviceId());
		var service = providers.findService(serviceId).orElseThrow(() -> new NotFoundException("service", serviceId));
		var provider = providers.find(service.providerId()).orElseThrow();
		ProviderLifecycle.requireUsable(provider);
		var today = LocalDate.now(clock);
		if (service.status() != ServiceStatus.ACTIVE || !service.inPeriodOn(today)) {
			throw new ResourceRuleViolation("service-not-available");
		}
		// sharing a person's data with a provider needs their consent (domain.md §2)
		if (!consents.hasValidConsent(id, ConsentScope.THIRD_PARTY_SHARING, today)
				&& !consents.hasValidConsent(id, ConsentScope.CASE_MANAGEMENT, today)) {
			throw new ResourceRuleViolation("consent-missing");
		}
		if (linkages.existsOpen(id, serviceId)) {
			throw new ResourceRuleViolation("linkage-open");
		}

		var now = OffsetDateTime.now(clock);
		var linkage = new LinkageRecord(new LinkageId(Ids.newId()), serviceId, provider.id(), id, caseId,
				person.officeCode(), note, LinkageStatus.REQUESTED, null, user.id().value(), now, null, null, null,
				null, null, null, 0);
		linkages.insert(linkage);
		accessLog.record(AccessSubject.of(PERSON, id, person.officeCode()), AccessAction.CREATE,
				"복지자원 서비스 연계 요청 (" + linkage.id() + ")");
		events.publishEvent(new LinkageRequested(linkage.id(), serviceId, provider.id(), id, caseId,
				person.officeCode(), now));
		return view(linkages.find(linkage.id()).orElseThrow(), user);
	}

	/** What the request form shows: the person (in scope, LINK role) and the service with its provider. */
	public record Preparation(PersonSummary person, ServiceRecord service, ProviderRecord provider) {
	}

	public Preparation prepare(PersonId personId, ServiceId serviceId) {
		var person = persons.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
		access.requireOfficeAndRole(person.officeCode(), "person", personId, ResourceAccess.LINK);
		var service = providers.findService(serviceId).orElseThrow(() -> new NotFoundException("service", serviceId));
		var provider = providers.find(service.providerId()).orElseThrow();
		accessLog.record(AccessSubject.of(PERSON, personId, person.officeCode()), AccessAction.VIEW,
				"복지자원 연계 요청 준비");
		return new Preparation(person, service, provider);
	}

	public LinkageView get(LinkageId id, String purpose) {
		var user = access.requireAnyRole(Role.values());
		var linkage = visible(user, id);
		var view = view(linkage, user);
		accessLog.record(AccessSubject.of(PERSON, linkage.personId(), linkage.officeCode()), AccessAction.VIEW,
				purpose == null || purpose.isBlank() ? "복지자원 연계 조회 (" + id + ")" : purpose.strip());
		return view;
	}

	@Transactional
	public LinkageView accept(LinkageId id, Integer version) {
		return answer(id, version, (linkage, user, now) -> {
			LinkageLifecycle.accept(linkage.status());
			linkages.accept(id, versionOr(version, linkage), user.id().value(), now);
			events.publishEvent(new LinkageAccepted(id, linkage.serviceId(), linkage.personId(), linkage.caseId(), now));
			return "복지자원 연계 수락";
		});
	}

	@Transactional
	public LinkageView complete(LinkageId id, Integer version) {
		return answer(id, version, (linkage, user, now) -> {
			LinkageLifecycle.complete(linkage.status());
			linkages.complete(id, versionOr(version, linkage), user.id().value(), now);
			events.publishEvent(new LinkageCompleted(id, linkage.serviceId(), linkage.personId(), linkage.caseId(), now));
			return "복지자원 연계 완료";
		});
	}

	@Transactional
	public LinkageView reject(LinkageId id, Integer version, String reason) {
		return answer(id, version, (linkage, user, now) -> {
			var why = ProviderService.strip(reason);
			if (why == null) {
				throw ValidationFailed.of("reason", "validation.required");
			}
			if (why.length() > 500) {
				throw ValidationFailed.of("reason", "validation.too-long", 500);
			}
			LinkageLifecycle.reject(linkage.status());
			linkages.reject(id, versionOr(version, linkage), why, user.id().value(), now);
			events.publishEvent(new LinkageRejected(id, linkage.serviceId(), linkage.personId(), linkage.caseId(), why,
					now));
			return "복지자원 연계 거절";
		});
	}

	private interface Answer {
		String apply(LinkageRecord linkage, DolbomUser user, OffsetDateTime now);
	}

	/** The provider side answers: visible (404 otherwise), acting for the provider (403 otherwise). */
	private LinkageView answer(LinkageId id, Integer version, Answer answer) {
		var user = access.requireAnyRole(Role.values());
		var linkage = visible(user, id);
		var provider = providers.find(linkage.providerId()).orElseThrow();
		if (!resourceAccess.actsFor(user, provider)) {
			throw new AccessDeniedException("only the provider side answers a linkage");
		}
		var now = OffsetDateTime.now(clock);
		var purpose = answer.apply(linkage, user, now);
		accessLog.record(AccessSubject.of(PERSON, linkage.personId(), linkage.officeCode()), AccessAction.UPDATE,
				purpose + " (" + id + ")");
		return view(linkages.find(id).orElseThrow(), user);
	}

	private static int versionOr(Integer version, LinkageRecord linkage) {
		return version == null ? linkage.version() : version;
	}

	private LinkageRecord visible(DolbomUser user, LinkageId id) {
		var linkage = linkages.find(id).orElseThrow(() -> new NotFoundException("linkage", id));
		if (requestingSide(user, linkage) || providerSide(user, linkage)) {
			return linkage;
		}
		throw new NotFoundException("linkage", id);
	}

	private boolean requestingSide(DolbomUser user, LinkageRecord linkage) {
		return user.scope().coversOffice(linkage.officeCode())
				&& (user.hasAnyRole(ResourceAccess.LINK) || user.hasRole(Role.RESOURCE_MANAGER));
	}

	private boolean providerSide(DolbomUser user, LinkageRecord linkage) {
		return providers.find(linkage.providerId()).map(p -> resourceAccess.actsFor(user, p)).orElse(false);
	}

	private LinkageView view(LinkageRecord linkage, DolbomUser user) {
		var service = providers.findService(linkage.serviceId()).orElseThrow();
		var provider = providers.find(linkage.providerId()).orElseThrow();
		var person = persons.find(linkage.personId()).orElseThrow();
		var address = persons.household(person.householdId()).map(HouseholdSummary::addressLine).orElse(null);
		return new LinkageView(linkage, service, provider, person, address, requestingSide(user, linkage),
				resourceAccess.actsFor(user, provider));
	}

	// --- lists

	/** A line of a linkage list: the linkage, its service and provider names and the person's name. */
	public record LinkageLine(LinkageRecord linkage, String serviceName, String providerName, String personName) {
	}

	/** Linkages requested for the residents in the caller's scope (the requesting worker's view). */
	public PageResult<LinkageLine> requested(LinkageStatus status, Paging paging) {
		var user = access.requireAnyRole(ResourceAccess.LINK);
		var offices = user.scope().offices();
		var items = linkages.forOffices(offices, status, paging.size(), paging.offset());
		long total = linkages.countForOffices(offices, status);
		accessLog.record(AccessSubject.of("RESOURCE_LINKAGE_LIST", "requested:" + total, user.homeUnitCode().orElse(null)),
				AccessAction.SEARCH, "복지자원 연계 요청 목록");
		return new PageResult<>(lines(items), paging.page(), paging.size(), total);
	}

	/** The provider side's inbox: linkages to the providers the caller answers for. */
	public PageResult<LinkageLine> received(LinkageStatus status, Paging paging) {
		var user = access.requireAnyRole(Role.RESOURCE_MANAGER, Role.PARTNER_CASE_MANAGER);
		var districts = user.unitsWithRole(Role.RESOURCE_MANAGER);
		var agency = user.hasRole(Role.PARTNER_CASE_MANAGER) && user.agency() != null ? ResourceKeys.name(user.agency())
				: null;
		var items = linkages.forProviders(districts, agency, status, paging.size(), paging.offset());
		long total = linkages.countForProviders(districts, agency, status);
		accessLog.record(AccessSubject.of("RESOURCE_LINKAGE_LIST", "received:" + total, user.homeUnitCode().orElse(null)),
				AccessAction.SEARCH, "복지자원 연계 수신함");
		return new PageResult<>(lines(items), paging.page(), paging.size(), total);
	}

	/** Linkages of one person (in the caller's scope), e.g. on the eligible-services page. */
	public List<LinkageLine> ofPerson(PersonId personId) {
		var person = persons.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
		access.requireOfficeAndRole(person.officeCode(), "person", personId, ResourceAccess.LINK);
		accessLog.record(AccessSubject.of(PERSON, personId, person.officeCode()), AccessAction.VIEW,
				"대상자의 복지자원 연계 조회");
		return lines(linkages.ofPerson(personId));
	}

	private List<LinkageLine> lines(List<LinkageRecord> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		var people = persons.findAll(items.stream().map(LinkageRecord::personId).collect(Collectors.toCollection(
				LinkedHashSet::new))).stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
		var providerNames = providers.findAll(items.stream().map(LinkageRecord::providerId).distinct().toList()).stream()
				.collect(Collectors.toMap(ProviderRecord::id, ProviderRecord::name));
		Map<ServiceId, String> serviceNames = new HashMap<>();
		for (var item : items) {
			serviceNames.computeIfAbsent(item.serviceId(),
					s -> providers.findService(s).map(ServiceRecord::name).orElse(""));
		}
		return items.stream().map(l -> new LinkageLine(l, serviceNames.get(l.serviceId()),
				providerNames.get(l.providerId()),
				people.containsKey(l.personId()) ? people.get(l.personId()).name() : "")).toList();
	}
}
