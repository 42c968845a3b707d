package kr.dolbom.resource;

import java.time.OffsetDateTime;
import java.util.UUID;

import kr.dolbom.people.PersonId;

/** A linkage as other modules see it (e.g. the case's plan and checks list the linked services). */
public record LinkageSummary(LinkageId id, ServiceSummary service, PersonId personId, UUID caseId,
		LinkageStatus status, String reason, OffsetDateTime requestedAt, OffsetDateTime acceptedAt,
		OffsetDateTime completedAt, OffsetDateTime rejectedAt) {
}
