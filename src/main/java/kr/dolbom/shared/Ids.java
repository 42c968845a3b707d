package kr.dolbom.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifiers for new records: UUID version 7 (time-ordered, RFC 9562), so that ids are opaque
 * and not guessable from each other, yet inserts stay local in B-tree indexes.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static UUID newId() {
		long millis = System.currentTimeMillis();
		long randA = RANDOM.nextInt(1 << 12);
		long randB = RANDOM.nextLong();
		long msb = (millis << 16) | (0x7L << 12) | randA;
		long lsb = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}
}
