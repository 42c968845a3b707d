package kr.dolbom.consultation;

import java.time.LocalDate;

import kr.dolbom.people.PersonId;

/** A consultation was recorded; an initial consultation with a referral date closes its deadline. */
public record ConsultationRecorded(ConsultationId id, PersonId personId, String officeCode, ConsultationKind kind,
		LocalDate referredOn, LocalDate consultedOn) {
}
