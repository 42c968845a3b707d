package kr.dolbom.resource.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a provider's history: registration, status changes, merges, services, confirmations. */
public record HistoryEntry(long id, UUID providerId, UUID serviceId, Action action, String fromStatus,
		String toStatus, String reason, UUID relatedId, UUID changedBy, OffsetDateTime changedAt) {

	public enum Action {
		REGISTERED, UPDATED, APPROVED, REJECTED, ENDED, MERGED_INTO, MERGED_FROM, SERVICE_ADDED, SERVICE_ENDED,
		SERVICE_MOVED, VERIFIED, IMPORTED
	}
}
