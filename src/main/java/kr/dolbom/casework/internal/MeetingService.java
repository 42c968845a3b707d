package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.casework.CaseId;
import kr.dolbom.org.Role;
import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.Consents;
import kr.dolbom.people.PersonId;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * 사례회의 (domain.md §4.5): mandatory for selection and closure. Several cases per meeting, minutes
 * per case. Outside participants (partner agencies, experts) need the person's consent to sharing,
 * and see only a de-identified summary.
 */
@Service
public class MeetingService {

	private final MeetingRepository meetings;
	private final CaseRepository cases;
	private final CaseGuard guard;
	private final Consents consents;
	private final Clock clock;

	MeetingService(MeetingRepository meetings, CaseRepository cases, CaseGuard guard, Consents consents, Clock clock) {
		this.meetings = meetings;
		this.cases = cases;
		this.guard = guard;
		this.consents = consents;
		this.clock = clock;
	}

	public record NewMeeting(String kind, LocalDate date, boolean written, List<Participant> participants,
			List<CaseMinutes> cases) {
	}

	public record Participant(String name, String agency, String role, UUID userId) {
	}

	public record CaseMinutes(UUID caseId, String discussion, String decisions, String roles, String nextSteps) {
	}

	@Transactional
	public UUID hold(NewMeeting command) {
		var user = guard.user();
		var problems = new ValidationFailed.Collector();
		MeetingRepository.Kind kind = null;
		try {
			kind = command.kind() == null ? null : MeetingRepository.Kind.valueOf(command.kind());
		}
		catch (IllegalArgumentException e) {
			problems.reject("kind", "validation.invalid");
		}
		problems.rejectIf(command.kind() == null, "kind", "validation.required")
				.rejectIf(command.date() == null, "date", "validation.required")
				.rejectIf(command.date() != null && command.date().isAfter(LocalDate.now(clock)), "date",
						"validation.date.future")
				.rejectIf(command.participants() == null || command.participants().isEmpty(), "participants",
						"validation.case.participants")
				.rejectIf(command.cases() == null || command.cases().isEmpty(), "cases", "validation.case.meeting-cases");
		var participants = command.participants() == null ? List.<Participant>of() : command.participants();
		for (int i = 0; i < participants.size(); i++) {
			var p = participants.get(i);
			problems.rejectIf(p.name() == null || p.name().isBlank(), "participants[" + i + "].name", "validation.required");
			problems.rejectIf(p.agency() == null || p.agency().isBlank(), "participants[" + i + "].agency",
					"validation.required");
		}
		var minutes = command.cases() == null ? List.<CaseMinutes>of() : command.cases();
		var seen = new HashSet<UUID>();
		for (int i = 0; i < minutes.size(); i++) {
			var m = minutes.get(i);
			problems.rejectIf(m.caseId() == null || !seen.add(m.caseId()), "cases[" + i + "].caseId", "validation.invalid");
			problems.rejectIf(m.discussion() == null || m.discussion().isBlank(), "cases[" + i + "].discussion",
					"validation.required");
			problems.rejectIf(m.decisions() == null || m.decisions().isBlank(), "cases[" + i + "].decisions",
					"validation.required");
		}
		problems.throwIfAny();
		if (kind == MeetingRepository.Kind.DISTRICT && !user.hasRole(Role.DISTRICT_SUPPORT)) {
			throw new AccessDeniedException("district meetings are held by the 희망복지지원단");
		}
		boolean outsiders = participants.stream().anyMatch(p -> p.userId() == null);
		String unit = null;
		for (var m : minutes) {
			var c = guard.visible(new CaseId(m.caseId()));
			if (!guard.isManager(user, c) && !user.hasRole(Role.DISTRICT_SUPPORT)) {
				throw new AccessDeniedException("not a case manager of a case on the agenda");
			}
			if (outsiders && kind != MeetingRepository.Kind.INTERNAL
					&& !consents.hasValidConsent(new PersonId(c.personId()), ConsentScope.THIRD_PARTY_SHARING,
							command.date())) {
				throw new DomainRuleViolation("consent-missing").with("caseId", c.id().toString());
			}
			unit = unit == null ? (kind == MeetingRepository.Kind.DISTRICT ? c.districtCode() : c.officeCode()) : unit;
		}
		var meeting = new MeetingRepository.Meeting(Ids.newId(), kind, command.date(), unit, command.written(),
				participants.stream().map(p -> new MeetingRepository.Participant(p.name().strip(), p.agency().strip(),
						blank(p.role()), p.userId())).toList(),
				minutes.stream().map(m -> new MeetingRepository.CaseMinutes(m.caseId(), m.discussion().strip(),
						m.decisions().strip(), blank(m.roles()), blank(m.nextSteps()))).toList());
		meetings.insert(meeting, user.id().value(), OffsetDateTime.now(clock));
		for (var m : minutes) {
			var c = cases.find(new CaseId(m.caseId())).orElseThrow();
			guard.history(c, "MEETING", kind.name() + " " + command.date());
			guard.logChange(c, "사례회의 기록");
		}
		return meeting.id();
	}

	public MeetingRepository.Meeting get(UUID id) {
		var meeting = meetings.find(id).orElseThrow(() -> new NotFoundException("meeting", id));
		for (var m : meeting.cases()) {
			guard.logView(guard.visible(new CaseId(m.caseId())), "사례회의록 조회");
		}
		return meeting;
	}

	/** The meetings of a case's history, each with only that case's minutes. */
	List<MeetingRepository.Meeting> of(List<UUID> chain) {
		List<MeetingRepository.Meeting> result = new ArrayList<>();
		for (var meeting : meetings.of(chain)) {
			result.add(new MeetingRepository.Meeting(meeting.id(), meeting.kind(), meeting.heldOn(), meeting.unitCode(),
					meeting.written(), meeting.participants(),
					meeting.cases().stream().filter(c -> chain.contains(c.caseId())).toList()));
		}
		return result;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
