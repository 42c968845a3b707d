package kr.dolbom.resource;

import java.time.OffsetDateTime;
import java.util.UUID;

import kr.dolbom.people.PersonId;

/** The provider delivered the service. */
public record LinkageCompleted(LinkageId linkage, ServiceId service, PersonId person, UUID caseId, OffsetDateTime at) {
}
