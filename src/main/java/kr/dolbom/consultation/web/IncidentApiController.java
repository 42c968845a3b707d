package kr.dolbom.consultation.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import kr.dolbom.consultation.internal.IncidentForms;
import kr.dolbom.consultation.internal.IncidentReport;
import kr.dolbom.consultation.internal.IncidentReportService;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.Downloads;

@RestController
@RequestMapping("/api/v1/outreach/incidents")
@Tag(name = "Outreach visits")
class IncidentApiController {

	private final IncidentReportService incidents;
	private final IncidentForms forms;

	IncidentApiController(IncidentReportService incidents, IncidentForms forms) {
		this.incidents = incidents;
		this.forms = forms;
	}

	record IncidentBody(UUID visitId, String officeCode, UUID householdId, LocalDateTime occurredAt, String place,
			String peopleInvolved, String supervisor, String damageSummary, String riskDetail, String damageExtent,
			String clientBehaviour, String bystanderBehaviour, String staffReaction, String witnessAccount,
			Boolean policeReported, String outcome) {
	}

	record ReviewBody(Integer version, String supervisorPlan, String outcome) {
	}

	record IncidentView(String id, String officeCode, String visitId, String householdId, OffsetDateTime occurredAt,
			String place, String peopleInvolved, String supervisor, String damageSummary, String riskDetail,
			String damageExtent, String clientBehaviour, String bystanderBehaviour, String staffReaction,
			String witnessAccount, boolean policeReported, String supervisorPlan, String outcome, OffsetDateTime reviewedAt,
			String reportedBy, OffsetDateTime reportedAt, int version) {

		static IncidentView of(IncidentReport r) {
			return new IncidentView(r.id().toString(), r.officeCode(), r.visitId() == null ? null : r.visitId().toString(),
					r.householdId() == null ? null : r.householdId().toString(), r.occurredAt(), r.place(),
					r.peopleInvolved(), r.supervisor(), r.damageSummary(), r.riskDetail(), r.damageExtent(),
					r.clientBehaviour(), r.bystanderBehaviour(), r.staffReaction(), r.witnessAccount(), r.policeReported(),
					r.supervisorPlan(), r.outcome(), r.reviewedAt(), r.reportedBy().toString(), r.reportedAt(), r.version());
		}
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Report an incident of a visit (domain.md §3.4: date, place, people, damage, client behaviour, "
			+ "supervisor's plan, outcome); with visitId the office and household come from the visit")
	IncidentView report(@RequestBody IncidentBody b) {
		return IncidentView.of(incidents.report(new IncidentReportService.NewIncident(b.visitId(), b.officeCode(),
				b.householdId(), b.occurredAt(), b.place(), b.peopleInvolved(), b.supervisor(), b.damageSummary(),
				b.riskDetail(), b.damageExtent(), b.clientBehaviour(), b.bystanderBehaviour(), b.staffReaction(),
				b.witnessAccount(), Boolean.TRUE.equals(b.policeReported()), b.outcome())));
	}

	@GetMapping
	@Operation(summary = "Incident reports the caller may read: team lead, office head and 희망복지지원단 see their offices', "
			+ "others their own and their visits'")
	List<IncidentView> list() {
		return incidents.list().stream().map(IncidentView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "An incident report; outside the scope 404, in scope without the right to read it 403")
	IncidentView get(@PathVariable UUID id) {
		return IncidentView.of(incidents.get(id));
	}

	@PutMapping("/{id}/review")
	@Operation(summary = "The supervisor's opinion and plan and the outcome (team lead, office head, 희망복지지원단)")
	IncidentView review(@PathVariable UUID id, @RequestBody ReviewBody body) {
		if (body.version() == null) {
			throw ValidationFailed.of("version", "validation.required");
		}
		return IncidentView.of(incidents.review(id, body.version(), body.supervisorPlan(), body.outcome()));
	}

	@GetMapping("/{id}/forms/incident-report.pdf")
	@Operation(summary = "사고보고서 as an A4 PDF (logged as PRINT with the purpose)")
	ResponseEntity<byte[]> print(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		var printed = forms.incidentReport(id, purpose);
		return Downloads.pdf(printed.fileName(), printed.pdf());
	}
}
