package kr.dolbom.consultation;

import java.time.LocalDate;
import java.util.Optional;

import kr.dolbom.people.PersonId;

/** For other modules: read a consultation, and open the initial consultation of a re-entry. */
public interface Consultations {

	/** No scope check and no access log: the calling module checks its own record. */
	Optional<ConsultationSummary> find(ConsultationId id);

	/** The person's most recent initial consultation; no scope check and no access log, as above. */
	Optional<ConsultationSummary> latestInitial(PersonId person);

	/**
	 * domain.md §4.10: a follow-up may lead to re-entry — a new initial consultation of the person,
	 * recorded by the signed-in user with the problem found, in its need domain. Returns its id.
	 */
	ConsultationId openReentry(PersonId person, LocalDate date, String domainCode, String problem);
}
