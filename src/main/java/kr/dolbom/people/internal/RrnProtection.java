package kr.dolbom.people.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import kr.dolbom.people.Rrn;

/**
 * 개인정보 보호법 §24-2: resident registration numbers are stored encrypted (AES-256-GCM, an
 * authenticated cipher: a changed ciphertext fails to decrypt) and found through a keyed hash
 * (HMAC-SHA256), never in plain text. Both keys are derived from one master key held outside the
 * database. Ciphertexts carry a key version so that the key can be rotated later.
 */
@Component
public class RrnProtection {

	private static final String VERSION = "v1";
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;
	private final SecretKeySpec lookupKey;
	private final SecureRandom random = new SecureRandom();

	@Autowired
	RrnProtection(PeopleSettings settings) {
		this(settings.rrnKey());
	}

	/** For tools outside the application (benchmarks) that must hash numbers exactly as it does. */
	public static RrnProtection forKey(String masterKey) {
		return new RrnProtection(masterKey);
	}

	RrnProtection(String masterKey) {
		if (masterKey == null || masterKey.getBytes(StandardCharsets.UTF_8).length < 32) {
			throw new IllegalStateException("dolbom.people.rrn-key (DOLBOM_RRN_KEY) must have at least 32 bytes");
		}
		var master = masterKey.getBytes(StandardCharsets.UTF_8);
		this.encryptionKey = new SecretKeySpec(derive(master, "dolbom rrn encryption v1"), "AES");
		this.lookupKey = new SecretKeySpec(derive(master, "dolbom rrn lookup v1"), "HmacSHA256");
	}

	private static byte[] derive(byte[] master, String purpose) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(master, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** {@code v1:<base64(nonce | ciphertext | tag)>} */
	public String encrypt(Rrn rrn) {
		try {
			var nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			var sealed = cipher.doFinal(rrn.digits().getBytes(StandardCharsets.US_ASCII));
			var out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return VERSION + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("RRN encryption failed", e);
		}
	}

	public Rrn decrypt(String stored) {
		if (stored == null || !stored.startsWith(VERSION + ":")) {
			throw new IllegalStateException("unknown RRN ciphertext version");
		}
		try {
			var in = Base64.getDecoder().decode(stored.substring(VERSION.length() + 1));
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
			var plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
			return Rrn.parse(new String(plain, StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			// never include the stored value or the plain text
			throw new IllegalStateException("RRN ciphertext cannot be decrypted (tampered or wrong key)");
		}
	}

	/** The keyed hash that finds a person by number without decrypting anything. */
	public String lookupHash(Rrn rrn) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(lookupKey);
			return HexFormat.of().formatHex(mac.doFinal(rrn.digits().getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
