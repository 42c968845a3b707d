package kr.dolbom.casework.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.internal.CaseForms;
import kr.dolbom.shared.web.Downloads;

/** The "인쇄" links of the case page: the same forms as the API, for the signed-in browser. */
@Controller
class CaseFormPageController {

	private final CaseForms forms;

	CaseFormPageController(CaseForms forms) {
		this.forms = forms;
	}

	@GetMapping("/cases/{id}/forms/service-plan.pdf")
	ResponseEntity<byte[]> servicePlan(@PathVariable UUID id, @RequestParam(required = false) UUID planId) {
		return pdf(forms.servicePlan(new CaseId(id), planId, null));
	}

	@GetMapping("/cases/{id}/forms/closure-review.pdf")
	ResponseEntity<byte[]> closureReview(@PathVariable UUID id) {
		return pdf(forms.closureReview(new CaseId(id), null));
	}

	@GetMapping("/cases/{id}/forms/not-selected-notice.pdf")
	ResponseEntity<byte[]> notSelectedNotice(@PathVariable UUID id) {
		return pdf(forms.notSelectedNotice(new CaseId(id), null));
	}

	@GetMapping("/meetings/{id}/summary.pdf")
	ResponseEntity<byte[]> meetingSummary(@PathVariable UUID id) {
		return pdf(forms.meetingSummary(id, null));
	}

	private static ResponseEntity<byte[]> pdf(CaseForms.Printed printed) {
		return Downloads.pdf(printed.fileName(), printed.pdf());
	}
}
