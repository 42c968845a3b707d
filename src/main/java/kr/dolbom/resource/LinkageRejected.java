package kr.dolbom.resource;

import java.time.OffsetDateTime;
import java.util.UUID;

import kr.dolbom.people.PersonId;

/** The provider declined, with a reason the requesting worker sees. */
public record LinkageRejected(LinkageId linkage, ServiceId service, PersonId person, UUID caseId, String reason,
		OffsetDateTime at) {
}
