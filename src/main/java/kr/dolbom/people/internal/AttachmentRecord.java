package kr.dolbom.people.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import kr.dolbom.people.PersonId;

public record AttachmentRecord(UUID id, PersonId personId, String officeCode, String fileName, String contentType,
		long sizeBytes, String sha256, String storageKey, OffsetDateTime uploadedAt) {
}
