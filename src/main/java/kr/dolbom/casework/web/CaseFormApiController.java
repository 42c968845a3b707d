package kr.dolbom.casework.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.internal.CaseForms;
import kr.dolbom.shared.web.Downloads;

/**
 * Printable forms of a case as PDF (domain.md §10), for scripts: the same authorisation as the case
 * (404 outside the scope, 403 without a case role) and one PRINT entry in the access log per print.
 * An optional {@code purpose} is added to the form's own purpose in the log.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases")
class CaseFormApiController {

	private final CaseForms forms;

	CaseFormApiController(CaseForms forms) {
		this.forms = forms;
	}

	@GetMapping("/cases/{id}/forms/service-plan.pdf")
	@Operation(summary = "서비스 제공계획 및 점검표 with signature lines; 409 form-plan-missing without a plan")
	ResponseEntity<byte[]> servicePlan(@PathVariable UUID id, @RequestParam(required = false) UUID planId,
			@RequestParam(required = false) String purpose) {
		return pdf(forms.servicePlan(new CaseId(id), planId, purpose));
	}

	@GetMapping("/cases/{id}/forms/closure-review.pdf")
	@Operation(summary = "종결심사서; 409 form-closure-missing before the closure is registered")
	ResponseEntity<byte[]> closureReview(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		return pdf(forms.closureReview(new CaseId(id), purpose));
	}

	@GetMapping("/cases/{id}/forms/not-selected-notice.pdf")
	@Operation(summary = "미선정 통지서; 409 form-not-selected-only unless the case was not selected")
	ResponseEntity<byte[]> notSelectedNotice(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		return pdf(forms.notSelectedNotice(new CaseId(id), purpose));
	}

	@GetMapping("/meetings/{id}/summary.pdf")
	@Operation(summary = "The de-identified meeting summary for outside participants, as PDF")
	ResponseEntity<byte[]> meetingSummary(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		return pdf(forms.meetingSummary(id, purpose));
	}

	private static ResponseEntity<byte[]> pdf(CaseForms.Printed printed) {
		return Downloads.pdf(printed.fileName(), printed.pdf());
	}
}
