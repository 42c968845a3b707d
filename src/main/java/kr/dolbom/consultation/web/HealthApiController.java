package kr.dolbom.consultation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import kr.dolbom.consultation.internal.HealthCodes;
import kr.dolbom.consultation.internal.HealthService;
import kr.dolbom.consultation.internal.JdbcHealth;
import kr.dolbom.people.PersonId;

/** Nurse health visits and small-group health programmes (domain.md §3.3, manual 1-4). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Nurse health visits", description = "「복지+건강」: 보건소 중복 확인, 건강 방문, 소집단 건강프로그램")
class HealthApiController {

	private final HealthService health;

	HealthApiController(HealthService health) {
		this.health = health;
	}

	record DuplicateCheckBody(UUID personId, LocalDate checkedOn, Boolean enrolled, String note) {
	}

	record DuplicateCheckView(String id, String personId, LocalDate checkedOn, boolean enrolled, String note) {

		static DuplicateCheckView of(JdbcHealth.DuplicateCheck c) {
			return new DuplicateCheckView(c.id().toString(), c.personId().toString(), c.checkedOn(), c.enrolled(), c.note());
		}
	}

	record VisitBody(UUID personId, LocalDate date, Boolean coordinatedWithBogunso, UUID companionId,
			Set<HealthCodes.RiskFactor> riskFactors, Set<HealthCodes.ChronicDisease> chronicDiseases, String medication,
			String education, Set<HealthCodes.Link> links, String linkNote, String summary) {
	}

	record VisitView(String consultationId, String personId, String officeCode, LocalDate date, String duplicateCheckId,
			boolean coordinatedWithBogunso, String companionId, Set<HealthCodes.RiskFactor> riskFactors,
			Set<HealthCodes.ChronicDisease> chronicDiseases, String medication, String education, Set<HealthCodes.Link> links,
			String linkNote, String nurseId, String summary) {

		static VisitView of(JdbcHealth.Visit v) {
			return new VisitView(v.consultationId().toString(), v.personId().toString(), v.officeCode(), v.visitedOn(),
					v.duplicateCheckId().toString(), v.coordinatedWithBogunso(),
					v.companionId() == null ? null : v.companionId().toString(), v.riskFactors(), v.chronicDiseases(),
					v.medication(), v.education(), v.links(), v.linkNote(), v.nurseId().toString(), v.summary());
		}
	}

	record ProgrammeBody(String officeCode, String title, HealthCodes.ProgrammeTopic topic, LocalDate startsOn,
			LocalDate endsOn, Integer sessions, Integer capacity) {
	}

	record ParticipantView(String personId, LocalDate joinedOn) {
	}

	record ProgrammeView(String id, String officeCode, String title, HealthCodes.ProgrammeTopic topic, LocalDate startsOn,
			LocalDate endsOn, int sessions, int capacity, List<ParticipantView> participants) {

		static ProgrammeView of(JdbcHealth.Programme p, List<JdbcHealth.Participant> participants) {
			return new ProgrammeView(p.id().toString(), p.officeCode(), p.title(), p.topic(), p.startsOn(), p.endsOn(),
					p.sessions(), p.capacity(),
					participants == null ? null
							: participants.stream().map(x -> new ParticipantView(x.personId().toString(), x.joinedOn())).toList());
		}

		static ProgrammeView of(HealthService.ProgrammeView view) {
			return of(view.programme(), view.participants());
		}
	}

	record JoinBody(UUID personId, LocalDate joinedOn) {
	}

	@PostMapping("/health-visits/duplicate-checks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the check against the 보건소 visiting health programme (PHIS) that must precede a visit")
	DuplicateCheckView checkDuplicate(@RequestBody DuplicateCheckBody body) {
		return DuplicateCheckView.of(health.checkDuplicate(new HealthService.NewDuplicateCheck(
				body.personId() == null ? null : new PersonId(body.personId()), body.checkedOn(), body.enrolled(), body.note())));
	}

	@PostMapping("/health-visits")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a nurse's health visit; 409 health-duplicate-check-required without a recent duplicate check")
	VisitView record(@RequestBody VisitBody body) {
		return VisitView.of(health.recordVisit(new HealthService.NewVisit(
				body.personId() == null ? null : new PersonId(body.personId()), body.date(), body.coordinatedWithBogunso(),
				body.companionId(), body.riskFactors(), body.chronicDiseases(), body.medication(), body.education(),
				body.links(), body.linkNote(), body.summary())));
	}

	@GetMapping("/health-visits/{id}")
	@Operation(summary = "One health visit")
	VisitView get(@PathVariable UUID id) {
		return VisitView.of(health.visit(id));
	}

	@GetMapping("/health-visits")
	@Operation(summary = "Health visits of an office between two dates (default: the last month)")
	List<VisitView> list(@RequestParam(required = false) String office, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		return health.visits(office, from, to).stream().map(VisitView::of).toList();
	}

	@PostMapping("/health-programmes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a small-group health programme of an office")
	ProgrammeView createProgramme(@RequestBody ProgrammeBody body) {
		return ProgrammeView.of(health.createProgramme(new HealthService.NewProgramme(body.officeCode(), body.title(),
				body.topic(), body.startsOn(), body.endsOn(), body.sessions(), body.capacity())));
	}

	@GetMapping("/health-programmes")
	@Operation(summary = "Health programmes of an office")
	List<ProgrammeView> programmes(@RequestParam(required = false) String office) {
		return health.programmes(office).stream().map(p -> ProgrammeView.of(p, null)).toList();
	}

	@GetMapping("/health-programmes/{id}")
	@Operation(summary = "A health programme with its participants")
	ProgrammeView programme(@PathVariable UUID id) {
		return ProgrammeView.of(health.programme(id));
	}

	@PostMapping("/health-programmes/{id}/participants")
	@Operation(summary = "Add a resident of the programme's office; 409 health-programme-full when full")
	ProgrammeView join(@PathVariable UUID id, @RequestBody JoinBody body) {
		return ProgrammeView.of(health.join(id, body.personId() == null ? null : new PersonId(body.personId()), body.joinedOn()));
	}
}
