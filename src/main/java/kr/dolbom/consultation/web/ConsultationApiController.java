package kr.dolbom.consultation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.consultation.ConsultationId;
import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.consultation.ConsultationSummary;
import kr.dolbom.consultation.NeedDomain;
import kr.dolbom.consultation.NeedDomains;
import kr.dolbom.consultation.internal.ConsultationService;
import kr.dolbom.consultation.internal.JdbcConsultations;
import kr.dolbom.people.PersonId;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Consultations")
class ConsultationApiController {

	private final ConsultationService consultations;
	private final NeedDomains domains;

	ConsultationApiController(ConsultationService consultations, NeedDomains domains) {
		this.consultations = consultations;
		this.domains = domains;
	}

	record ProblemBody(String code, String problem, UUID memberId, Integer clientPriority) {
	}

	record ConsultationBody(UUID personId, ConsultationKind kind, ConsultationRoute route, LocalDate referredOn,
			LocalDate date, List<ProblemBody> domains, String summary, String wantedHelp) {
	}

	record ProblemView(String code, String problem, String memberId, Integer clientPriority) {
	}

	record ConsultationView(String id, String personId, String officeCode, ConsultationKind kind, ConsultationRoute route,
			LocalDate referredOn, LocalDate date, String summary, String wantedHelp, List<ProblemView> domains) {

		static ConsultationView of(ConsultationSummary s, String wantedHelp) {
			return new ConsultationView(s.id().toString(), s.personId().toString(), s.officeCode(), s.kind(), s.route(),
					s.referredOn(), s.consultedOn(), s.summary(), wantedHelp,
					s.problems().stream().map(p -> new ProblemView(p.domainCode(), p.problem(),
							p.memberId() == null ? null : p.memberId().toString(), p.clientPriority())).toList());
		}

		static ConsultationView of(JdbcConsultations.Stored stored) {
			return of(stored.summary(), stored.wantedHelp());
		}
	}

	@PostMapping("/consultations")
	@ResponseStatus(HttpStatus.CREATED)
	ConsultationView record(@RequestBody ConsultationBody body) {
		var problems = body.domains() == null ? List.<ConsultationSummary.Problem>of()
				: body.domains().stream().map(d -> new ConsultationSummary.Problem(d.code(), d.problem(),
						d.memberId() == null ? null : new PersonId(d.memberId()), d.clientPriority())).toList();
		var recorded = consultations.record(new ConsultationService.NewConsultation(
				body.personId() == null ? null : new PersonId(body.personId()), body.kind(), body.route(),
				body.referredOn(), body.date(), problems, body.summary(), body.wantedHelp()));
		return ConsultationView.of(recorded, body.wantedHelp());
	}

	@GetMapping("/consultations/{id}")
	ConsultationView get(@PathVariable UUID id) {
		return ConsultationView.of(consultations.get(new ConsultationId(id)));
	}

	@GetMapping("/persons/{id}/consultations")
	List<ConsultationView> ofPerson(@PathVariable UUID id) {
		return consultations.ofPerson(new PersonId(id)).stream().map(ConsultationView::of).toList();
	}

	@GetMapping("/reference/domains")
	List<NeedDomain> domains() {
		return domains.all();
	}

	@GetMapping("/reference/crisis-scale")
	List<NeedDomains.ScaleLevel> crisisScale() {
		return domains.crisisScale();
	}
}
