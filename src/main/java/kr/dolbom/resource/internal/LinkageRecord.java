package kr.dolbom.resource.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import kr.dolbom.people.PersonId;
import kr.dolbom.resource.LinkageId;
import kr.dolbom.resource.LinkageStatus;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ServiceId;

/** A linkage request as stored; {@code officeCode} is the person's 읍면동 when it was requested. */
public record LinkageRecord(LinkageId id, ServiceId serviceId, ProviderId providerId, PersonId personId, UUID caseId,
		String officeCode, String note, LinkageStatus status, String reason, UUID requestedBy,
		OffsetDateTime requestedAt, UUID acceptedBy, OffsetDateTime acceptedAt, UUID completedBy,
		OffsetDateTime completedAt, UUID rejectedBy, OffsetDateTime rejectedAt, int version) {
}
