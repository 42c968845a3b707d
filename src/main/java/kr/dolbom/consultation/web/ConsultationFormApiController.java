package kr.dolbom.consultation.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.consultation.internal.ConsultationForms;
import kr.dolbom.people.PersonId;
import kr.dolbom.shared.web.Downloads;

@RestController
@Tag(name = "Consultations")
class ConsultationFormApiController {

	private final ConsultationForms forms;

	ConsultationFormApiController(ConsultationForms forms) {
		this.forms = forms;
	}

	@GetMapping("/api/v1/persons/{id}/forms/initial-consultation.pdf")
	@Operation(summary = "초기상담지 pre-filled with the household members, to write on during the talk")
	ResponseEntity<byte[]> initialConsultation(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		var printed = forms.initialConsultationSheet(new PersonId(id), purpose);
		return Downloads.pdf(printed.fileName(), printed.pdf());
	}
}
