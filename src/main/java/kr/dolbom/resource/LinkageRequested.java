package kr.dolbom.resource;

import java.time.OffsetDateTime;
import java.util.UUID;

import kr.dolbom.people.PersonId;

/** A worker asked a provider to serve a person (and, when given, for a case). */
public record LinkageRequested(LinkageId linkage, ServiceId service, ProviderId provider, PersonId person,
		UUID caseId, String officeCode, OffsetDateTime at) {
}
