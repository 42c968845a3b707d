package kr.dolbom.resource.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import kr.dolbom.resource.LinkageId;
import kr.dolbom.resource.LinkageStatus;
import kr.dolbom.resource.internal.LinkageService;
import kr.dolbom.resource.web.ResourceViews.LinkageView;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

/** api.md "Resources": linkage requests, closed loop. */
@RestController
@RequestMapping("/api/v1/resources/linkages")
@Tag(name = "Resources")
class LinkageApiController {

	private final LinkageService linkages;

	LinkageApiController(LinkageService linkages) {
		this.linkages = linkages;
	}

	record LinkageBody(UUID caseId, UUID personId, UUID serviceId, String note) {
	}

	record AnswerBody(Integer version, String reason) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Request a linkage of a person (personId) to an approved service", description = """
			The person must be in the caller's scope (404 otherwise) and have a valid consent to case management or
			to sharing with third parties (409 consent-missing). caseId is accepted once the case module provides
			cases (422 until then). 409 resource-not-approved, service-not-available, linkage-open.""")
	LinkageView request(@RequestBody LinkageBody body) {
		return LinkageView.of(linkages.request(
				new LinkageService.LinkageRequest(body.caseId(), body.personId(), body.serviceId(), body.note())));
	}

	@GetMapping
	@Operation(summary = "box=requested (linkages for residents in the caller's scope) or received (provider side)")
	PageResult<LinkageView> list(@RequestParam(defaultValue = "requested") String box,
			@RequestParam(required = false) LinkageStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		var paging = Paging.of(page, size);
		return switch (box) {
			case "requested" -> linkages.requested(status, paging).map(LinkageView::of);
			case "received" -> linkages.received(status, paging).map(LinkageView::of);
			default -> throw ValidationFailed.of("box", "validation.invalid");
		};
	}

	@GetMapping("/{id}")
	LinkageView get(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		return LinkageView.of(linkages.get(new LinkageId(id), purpose));
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "The provider side accepts a requested linkage")
	LinkageView accept(@PathVariable UUID id, @RequestBody(required = false) AnswerBody body) {
		return LinkageView.of(linkages.accept(new LinkageId(id), body == null ? null : body.version()));
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "The provider side records an accepted linkage as delivered")
	LinkageView complete(@PathVariable UUID id, @RequestBody(required = false) AnswerBody body) {
		return LinkageView.of(linkages.complete(new LinkageId(id), body == null ? null : body.version()));
	}

	@PostMapping("/{id}/reject")
	@Operation(summary = "The provider side rejects with a reason the requesting worker sees")
	LinkageView reject(@PathVariable UUID id, @RequestBody(required = false) AnswerBody body) {
		return LinkageView.of(linkages.reject(new LinkageId(id), body == null ? null : body.version(),
				body == null ? null : body.reason()));
	}
}
