package kr.dolbom.casework.web;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.casework.internal.CaseQueries;
import kr.dolbom.casework.internal.MeetingRepository;
import kr.dolbom.casework.internal.MeetingService;

@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Cases")
class MeetingApiController {

	private final MeetingService meetings;
	private final CaseQueries queries;

	MeetingApiController(MeetingService meetings, CaseQueries queries) {
		this.meetings = meetings;
		this.queries = queries;
	}

	record ParticipantBody(String name, String agency, String role, UUID userId) {
	}

	record CaseMinutesBody(UUID caseId, String discussion, String decisions, String roles, String nextSteps) {
	}

	record MeetingBody(String kind, LocalDate date, Boolean written, List<ParticipantBody> participants,
			List<CaseMinutesBody> cases) {
	}

	record MeetingView(String id, String kind, LocalDate date, boolean written,
			List<MeetingRepository.Participant> participants, List<MeetingRepository.CaseMinutes> cases) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A case meeting with minutes per case; outside participants need the persons' consent to sharing")
	MeetingView hold(@RequestBody MeetingBody body) {
		var id = meetings.hold(new MeetingService.NewMeeting(body.kind(), body.date(), Boolean.TRUE.equals(body.written()),
				body.participants() == null ? null : body.participants().stream()
						.map(p -> new MeetingService.Participant(p.name(), p.agency(), p.role(), p.userId())).toList(),
				body.cases() == null ? null : body.cases().stream().map(c -> new MeetingService.CaseMinutes(c.caseId(),
						c.discussion(), c.decisions(), c.roles(), c.nextSteps())).toList()));
		return get(id);
	}

	@GetMapping("/{id}")
	MeetingView get(@PathVariable UUID id) {
		var m = meetings.get(id);
		return new MeetingView(m.id().toString(), m.kind().name(), m.heldOn(), m.written(), m.participants(), m.cases());
	}

	@GetMapping("/{id}/summary")
	@Operation(summary = "The de-identified summary for outside participants: no name, RRN, phone or e-mail")
	List<CaseQueries.DeIdentified> summary(@PathVariable UUID id) {
		return queries.deIdentifiedSummary(id);
	}
}
