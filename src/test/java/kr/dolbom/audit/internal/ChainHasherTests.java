package kr.dolbom.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ChainHasherTests {

	private final ChainHasher hasher = new ChainHasher("a-test-key-that-is-at-least-32-bytes-long");

	private AccessEntry entry(String purpose) {
		return new AccessEntry(1, Instant.parse("2026-11-25T01:02:03.123456Z"), UUID.randomUUID(), "demo.worker",
				"4415057000", "127.0.0.1", "PERSON", "p-1", "4415057000", "VIEW", purpose, null, null);
	}

	@Test
	void anyChangedFieldChangesTheHash() {
		var original = entry("상담");
		assertThat(hasher.hash(ChainHasher.GENESIS, original)).isEqualTo(hasher.hash(ChainHasher.GENESIS, original));
		assertThat(hasher.hash(ChainHasher.GENESIS, original))
				.isNotEqualTo(hasher.hash(ChainHasher.GENESIS, entry("상담 ")));
	}

	@Test
	void theHashDependsOnThePreviousEntry() {
		var e = entry("상담");
		assertThat(hasher.hash(ChainHasher.GENESIS, e)).isNotEqualTo(hasher.hash("f".repeat(64), e));
	}

	@Test
	void theHashDependsOnTheKey() {
		var e = entry("상담");
		var other = new ChainHasher("another-test-key-that-is-at-least-32-bytes");
		assertThat(hasher.hash(ChainHasher.GENESIS, e)).isNotEqualTo(other.hash(ChainHasher.GENESIS, e));
	}

	@Test
	void aShortKeyIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> new ChainHasher("short"));
	}
}
