package kr.dolbom.resource.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Services of a provider (appendix 7 (1) ②): a standardised service name ("제공 서비스명 검색 후
 * 표준화된 제공 서비스명으로 등록"), eligibility, capacity and period; one active service per standard
 * name and provider; ending a service (resource manager of the provider's 시군구).
 */
@Service
public class ServiceRegistration {

	private final JdbcProviders providers;
	private final JdbcLinkages linkages;
	private final ResourceAccess access;
	private final ProviderService providerService;
	private final Clock clock;

	ServiceRegistration(JdbcProviders providers, JdbcLinkages linkages, ResourceAccess access,
			ProviderService providerService, Clock clock) {
		this.providers = providers;
		this.linkages = linkages;
		this.access = access;
		this.providerService = providerService;
		this.clock = clock;
	}

	public record ServiceInput(String name, String category, String description, Integer capacity, LocalDate from,
			LocalDate to, String contactMobile, Eligibility eligibility) {
	}

	// --- services (appendix 7 (1) ②)

	@Transactional
	public ServiceRecord addService(ProviderId providerId, ServiceInput input) {
		var user = access.registrar();
		var provider = providerService.visible(user, providerId);
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
		var nameText = ProviderService.strip(input.name());
		if (nameText == null) {
			problems.reject("name", "validation.required");
		}
		else {
			name = providers.serviceNameByKey(ResourceKeys.text(nameText))
					.or(() -> providers.serviceName(nameText)).orElse(null);
			problems.rejectIf(name == null, "name", "validation.resource.service-name");
		}
		var category = ProviderService.strip(input.category());
		problems.rejectIf(name != null && category != null && !category.equals(name.categoryCode()), "category",
				"validation.resource.category");
		problems.rejectIf(input.capacity() != null && input.capacity() < 1, "capacity", "validation.resource.capacity");
		problems.rejectIf(input.from() != null && input.to() != null && input.to().isBefore(input.from()), "to",
				"validation.resource.period");
		var description = ProviderService.strip(input.description());
		problems.rejectIf(description != null && description.length() > 1000, "description", "validation.too-long",
				1000);
		String mobile = null;
		if (ProviderService.strip(input.contactMobile()) != null) {
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
		providerService.visible(user, service.providerId());
		return service;
	}

	/** Ends one service (manager of the provider's 시군구); refused while linkages to it are open. */
	@Transactional
	public ServiceRecord endService(ServiceId id, String reason) {
		var user = access.reader();
		var service = providers.findService(id).orElseThrow(() -> new NotFoundException("service", id));
		var provider = providerService.visible(user, service.providerId());
		access.requireManagerOf(user, provider.districtCode());
		ProviderLifecycle.requireLocal(provider);
		var why = ProviderService.requireReason(reason);
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
}
