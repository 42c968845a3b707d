package kr.dolbom.resource.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import kr.dolbom.people.PersonId;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.internal.DirectorySearch;
import kr.dolbom.resource.internal.DuplicateCleanup;
import kr.dolbom.resource.internal.ProviderService;
import kr.dolbom.resource.internal.ServiceRegistration;
import kr.dolbom.resource.internal.Taxonomy;
import kr.dolbom.resource.web.ResourceViews.EligibilityBody;
import kr.dolbom.resource.web.ResourceViews.EligibleView;
import kr.dolbom.resource.web.ResourceViews.ProviderDetail;
import kr.dolbom.resource.web.ResourceViews.ProviderNode;
import kr.dolbom.resource.web.ResourceViews.ProviderView;
import kr.dolbom.resource.web.ResourceViews.ServiceView;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;

/** api.md "Resources": providers, services, approval, duplicates, search, eligibility, taxonomy. */
@RestController
@RequestMapping("/api/v1/resources")
@Tag(name = "Resources")
class ResourceApiController {

	private final ProviderService providers;
	private final ServiceRegistration services;
	private final DuplicateCleanup cleanup;
	private final DirectorySearch search;

	ResourceApiController(ProviderService providers, ServiceRegistration services, DuplicateCleanup cleanup,
			DirectorySearch search) {
		this.providers = providers;
		this.services = services;
		this.cleanup = cleanup;
		this.search = search;
	}

	record ProviderBody(String name, String businessNumber, String phone, String address, String orgUnitCode,
			ProviderType type, String contactName, String contactMobile, String description,
			Boolean confirmNotDuplicate, Integer version) {

		ProviderService.ProviderInput input() {
			return new ProviderService.ProviderInput(name, businessNumber, phone, address, orgUnitCode, type,
					contactName, contactMobile, description);
		}
	}

	record ReasonBody(String reason) {
	}

	record ServiceBody(String name, String category, String description, EligibilityBody eligibility,
			Integer capacity, LocalDate from, LocalDate to, String contactMobile) {
	}

	record MergeBody(List<UUID> duplicateIds, List<UUID> keepServiceIds, String reason) {
	}

	record CandidateView(ProviderView provider, List<String> matchedOn) {
	}

	@PostMapping("/providers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a provider (status PENDING)", description = """
			Registered by 읍면동 workers (and 시군구 staff); approved by the resource manager of the 시군구 where the
			provider is (orgUnitCode, default: the caller's office). 409 possible-duplicate with the candidates
			(same name in the 시군구, business number, phone or address after normalisation) unless
			confirmNotDuplicate is true.""")
	ProviderView register(@RequestBody ProviderBody body) {
		return ProviderView.of(providers.register(body.input(), Boolean.TRUE.equals(body.confirmNotDuplicate())));
	}

	@GetMapping("/providers/{id}")
	@Operation(summary = "A provider with its services and history")
	ProviderDetail provider(@PathVariable UUID id) {
		return ProviderDetail.of(providers.view(new ProviderId(id)));
	}

	@PutMapping("/providers/{id}")
	@Operation(summary = "Change a provider's details (version required); imported providers are read-only")
	ProviderView update(@PathVariable UUID id, @RequestBody ProviderBody body) {
		if (body.version() == null) {
			throw kr.dolbom.shared.ValidationFailed.of("version", "validation.required");
		}
		return ProviderView.of(providers.update(new ProviderId(id), body.version(), body.input()));
	}

	@PostMapping("/providers/{id}/approve")
	@Operation(summary = "Approve a pending provider (resource manager of its 시군구)")
	ProviderView approve(@PathVariable UUID id) {
		return ProviderView.of(providers.approve(new ProviderId(id)));
	}

	@PostMapping("/providers/{id}/reject")
	@Operation(summary = "Reject a pending provider with a reason (resource manager of its 시군구)")
	ProviderView reject(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
		return ProviderView.of(providers.reject(new ProviderId(id), body == null ? null : body.reason()));
	}

	@PostMapping("/providers/{id}/end")
	@Operation(summary = "End an approved provider and its services (자원종료) with a reason")
	ProviderView end(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
		return ProviderView.of(providers.end(new ProviderId(id), body == null ? null : body.reason()));
	}

	@GetMapping("/providers/{id}/duplicates")
	@Operation(summary = "Possible duplicates of a provider (중복의심 제공주체)")
	List<CandidateView> duplicates(@PathVariable UUID id) {
		return cleanup.duplicatesOf(new ProviderId(id)).stream()
				.map(c -> new CandidateView(ProviderView.of(c.provider()),
						c.matchedOn().stream().map(Enum::name).sorted().toList()))
				.toList();
	}

	@PostMapping("/providers/{id}/merge")
	@Operation(summary = "Merge duplicates into this provider", description = """
			keepServiceIds (of this provider or the duplicates) stay with this provider; every other service and the
			duplicates are ended; history is kept on each. Resource manager of every provider's 시군구.""")
	ProviderDetail merge(@PathVariable UUID id, @RequestBody MergeBody body) {
		return ProviderDetail.of(cleanup.merge(new ProviderId(id),
				body.duplicateIds() == null ? List.of() : body.duplicateIds().stream().map(ProviderId::new).toList(),
				body.keepServiceIds() == null ? List.of()
						: body.keepServiceIds().stream().map(ServiceId::new).toList(),
				body.reason()));
	}

	@PostMapping("/providers/{id}/services")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a service with a standard name (409 duplicate-service for the same name twice)")
	ServiceView addService(@PathVariable UUID id, @RequestBody ServiceBody body) {
		return ServiceView.of(services.addService(new ProviderId(id), new ServiceRegistration.ServiceInput(body.name(),
				body.category(), body.description(), body.capacity(), body.from(), body.to(), body.contactMobile(),
				body.eligibility() == null ? null : body.eligibility().toEligibility())));
	}

	@GetMapping("/services/{id}")
	ServiceView service(@PathVariable UUID id) {
		return ServiceView.of(services.service(new ServiceId(id)));
	}

	@PostMapping("/services/{id}/end")
	@Operation(summary = "End one service with a reason (resource manager of the provider's 시군구)")
	ServiceView endService(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
		return ServiceView.of(services.endService(new ServiceId(id), body == null ? null : body.reason()));
	}

	@GetMapping("/approvals")
	@Operation(summary = "Pending providers waiting for the caller (resource manager) — 승인 관리")
	List<ProviderView> approvals() {
		return providers.approvalInbox().stream().map(ProviderView::of).toList();
	}

	@GetMapping("/search")
	@Operation(summary = "Search the directory as a provider → services tree", description = """
			scope=local (default, the caller's 시군구) or national; region (any org unit code) takes precedence;
			status APPROVED (default), PENDING, REJECTED, ENDED, AVAILABLE (pending + approved) or CLOSED.""")
	PageResult<ProviderNode> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String category,
			@RequestParam(required = false) String lifeStage, @RequestParam(required = false) String status,
			@RequestParam(required = false) String scope, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return search.search(new DirectorySearch.Query(q, region, category, lifeStage, status, scope),
				Paging.of(page, size)).map(ProviderNode::of);
	}

	@GetMapping("/eligible")
	@Operation(summary = "Usable services a person is eligible for (ELIGIBLE, or CHECK with what to confirm)")
	EligibleView eligible(@RequestParam UUID personId, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String category) {
		return EligibleView.of(search.eligibleFor(new PersonId(personId), "national".equals(scope), category));
	}

	@GetMapping("/taxonomy/categories")
	List<Taxonomy.Category> categories() {
		return search.categories();
	}

	@GetMapping("/taxonomy/service-names")
	@Operation(summary = "Standard service names containing q (spaces and punctuation ignored)")
	List<Taxonomy.ServiceName> serviceNames(@RequestParam(required = false) String q,
			@RequestParam(required = false) String category) {
		return search.serviceNames(q, category);
	}
}
