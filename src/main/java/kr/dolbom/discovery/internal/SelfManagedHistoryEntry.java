package kr.dolbom.discovery.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of a self-managed target (seeds appendix 1 6 ❻ 이력상세현황); no user for the system's own. */
public record SelfManagedHistoryEntry(UUID id, UUID targetId, OffsetDateTime at, UUID userId, String userName,
		String action, String detail) {
}
