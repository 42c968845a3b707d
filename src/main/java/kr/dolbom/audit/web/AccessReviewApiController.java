package kr.dolbom.audit.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.audit.internal.AccessReviewService;

/** The monthly access-log review as JSON (extends api.md). */
@RestController
@Tag(name = "Audit")
class AccessReviewApiController {

	private final AccessReviewService reviews;

	AccessReviewApiController(AccessReviewService reviews) {
		this.reviews = reviews;
	}

	record ReviewBody(String month, String unitCode, String note) {
	}

	@GetMapping("/api/v1/audit/reviews/{month}")
	@Operation(summary = "The access-log review of a month (YYYY-MM) for a unit (default: the caller's own)")
	AccessReviewService.MonthlyReview get(@PathVariable String month, @RequestParam(required = false) String unit) {
		return reviews.review(AccessReviewController.month(month), unit);
	}

	@PostMapping("/api/v1/audit/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record that a month's access log of a unit was reviewed (once per unit and month; 409 review-done)")
	Object post(@RequestBody ReviewBody body) {
		return reviews.record(AccessReviewController.month(body.month()), body.unitCode(), body.note());
	}
}
