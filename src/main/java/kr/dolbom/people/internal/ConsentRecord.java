package kr.dolbom.people.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.PersonId;

public record ConsentRecord(UUID id, PersonId personId, ConsentScope scope, LocalDate givenOn, LocalDate expiresOn,
		UUID attachmentId, String note, OffsetDateTime recordedAt, LocalDate withdrawnOn, String withdrawnReason) {

	/** Given on or before the day, not expired and not withdrawn on that day. */
	public boolean validOn(LocalDate day) {
		return !givenOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day))
				&& (withdrawnOn == null || withdrawnOn.isAfter(day));
	}
}
