package kr.dolbom.resource;

import java.time.OffsetDateTime;
import java.util.UUID;

import kr.dolbom.people.PersonId;

/** The provider accepted the request: the service starts (a case's first provision check counts from here). */
public record LinkageAccepted(LinkageId linkage, ServiceId service, PersonId person, UUID caseId, OffsetDateTime at) {
}
