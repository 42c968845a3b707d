package kr.dolbom.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import kr.dolbom.people.Rrn;

/** 개인정보 보호법 §24-2: encrypted at rest (authenticated), looked up through a keyed hash. */
class RrnProtectionTests {

	private final RrnProtection protection = new RrnProtection("a-test-master-key-of-at-least-32-bytes!");
	private final Rrn rrn = Rrn.parse("9001011234567");

	@Test
	void theCiphertextHoldsNoPlainDigitsAndDecryptsBack() {
		var stored = protection.encrypt(rrn);
		assertThat(stored).startsWith("v1:").doesNotContain("9001011234567").doesNotContain("1234567");
		assertThat(protection.decrypt(stored)).isEqualTo(rrn);
	}

	@Test
	void encryptingTwiceGivesDifferentCiphertexts() {
		assertThat(protection.encrypt(rrn)).isNotEqualTo(protection.encrypt(rrn));
	}

	@Test
	void aTamperedCiphertextIsRefused() {
		var stored = protection.encrypt(rrn);
		var bytes = Base64.getDecoder().decode(stored.substring(3));
		bytes[bytes.length - 1] ^= 1;
		var tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatIllegalStateException().isThrownBy(() -> protection.decrypt(tampered))
				.withMessageNotContaining("9001011234567");
	}

	@Test
	void anotherKeyCannotDecrypt() {
		var other = new RrnProtection("another-test-master-key-of-32-bytes-or-more");
		assertThatIllegalStateException().isThrownBy(() -> other.decrypt(protection.encrypt(rrn)));
	}

	@Test
	void theLookupHashIsStableAndKeyed() {
		assertThat(protection.lookupHash(rrn)).isEqualTo(protection.lookupHash(Rrn.parse("900101-1234567")))
				.hasSize(64).doesNotContain("900101");
		var other = new RrnProtection("another-test-master-key-of-32-bytes-or-more");
		assertThat(other.lookupHash(rrn)).isNotEqualTo(protection.lookupHash(rrn));
	}
}
