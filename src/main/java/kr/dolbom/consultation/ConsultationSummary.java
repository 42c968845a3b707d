package kr.dolbom.consultation;

import java.time.LocalDate;
import java.util.List;

import kr.dolbom.people.PersonId;

/** A consultation as other modules (casework) see it. */
public record ConsultationSummary(ConsultationId id, PersonId personId, String officeCode, ConsultationKind kind,
		ConsultationRoute route, LocalDate referredOn, LocalDate consultedOn, String summary, List<Problem> problems) {

	public ConsultationSummary {
		problems = List.copyOf(problems);
	}

	public record Problem(String domainCode, String problem, PersonId memberId, Integer clientPriority) {
	}
}
