package kr.dolbom.audit.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One stored entry of the access log. */
public record AccessEntry(long seq, Instant at, UUID userId, String username, String actorUnit, String clientAddress,
		String subjectType, String subjectId, String subjectUnit, String action, String purpose, String prevHash,
		String hash) {

	/** The fields the hash covers, in a fixed order; timestamps at microsecond precision as stored. */
	List<String> canonicalFields() {
		return Arrays.asList(Long.toString(seq), Long.toString(at.getEpochSecond()),
				Integer.toString(at.getNano() / 1000), userId == null ? null : userId.toString(), username, actorUnit,
				clientAddress, subjectType, subjectId, subjectUnit, action, purpose);
	}

	/** The time of access in Korea, for display. */
	public ZonedDateTime koreanTime() {
		return at.atZone(ZoneId.of("Asia/Seoul"));
	}

}
