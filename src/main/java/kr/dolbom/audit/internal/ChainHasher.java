package kr.dolbom.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the previous hash and the entry's fields. Keyed, so that someone who can write
 * to the database but does not hold the key cannot forge a consistent chain.
 */
final class ChainHasher {

	static final String GENESIS = "0".repeat(64);

	private final SecretKeySpec key;

	ChainHasher(String secret) {
		if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
			throw new IllegalStateException("dolbom.audit.chain-key (DOLBOM_AUDIT_KEY) must have at least 32 bytes");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String hash(String previousHash, AccessEntry entry) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(previousHash.getBytes(StandardCharsets.UTF_8));
			for (var field : entry.canonicalFields()) {
				mac.update((byte) 0x1F); // unit separator: fields cannot run into each other
				mac.update((field == null ? "\u0000" : field).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(mac.doFinal());
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}
}
