package kr.dolbom.consultation.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.dolbom.consultation.internal.ConsultationForms;
import kr.dolbom.people.PersonId;
import kr.dolbom.shared.web.Downloads;

/** The "초기상담지 인쇄" link of the person page. */
@Controller
class ConsultationFormController {

	private final ConsultationForms forms;

	ConsultationFormController(ConsultationForms forms) {
		this.forms = forms;
	}

	@GetMapping("/people/{id}/forms/initial-consultation.pdf")
	ResponseEntity<byte[]> initialConsultation(@PathVariable UUID id) {
		var printed = forms.initialConsultationSheet(new PersonId(id), null);
		return Downloads.pdf(printed.fileName(), printed.pdf());
	}
}
