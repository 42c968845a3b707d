package kr.dolbom.people.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Scanned signed forms on disk under {@code <data dir>/attachments}, encrypted (AES-256-GCM; the
 * forms carry registration numbers). Files are named by id only: the uploaded name never becomes a
 * path. The type is decided by the file's first bytes, not by what the browser claims.
 */
@Component
class AttachmentStore {

	enum Kind {
		PDF("application/pdf", ".pdf"), JPEG("image/jpeg", ".jpg"), PNG("image/png", ".png"), TIFF("image/tiff", ".tif");

		final String contentType;
		final String extension;

		Kind(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}
	}

	private final Path root;
	private final SecretKeySpec key;
	private final SecureRandom random = new SecureRandom();

	AttachmentStore(@Value("${dolbom.data-dir}") Path dataDir, PeopleSettings settings) {
		this.root = dataDir.resolve("attachments");
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(settings.rrnKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			this.key = new SecretKeySpec(mac.doFinal("dolbom attachment encryption v1".getBytes(StandardCharsets.UTF_8)),
					"AES");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	static Optional<Kind> detect(byte[] content) {
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
			return Optional.of(Kind.PDF);
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(Kind.JPEG);
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(Kind.PNG);
		}
		if (startsWith(content, 0x49, 0x49, 0x2A, 0x00) || startsWith(content, 0x4D, 0x4D, 0x00, 0x2A)) {
			return Optional.of(Kind.TIFF);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A name safe to show and to offer on download: no directories, no control characters, at most
	 * 100 characters, with the extension of the detected type.
	 */
	static String safeName(String original, Kind kind) {
		var name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>:|?*]", "").strip();
		var dot = name.lastIndexOf('.');
		var base = dot > 0 ? name.substring(0, dot) : name;
		base = base.replaceAll("^\\.+", "");
		if (base.isBlank()) {
			base = "동의서";
		}
		if (base.length() > 90) {
			base = base.substring(0, 90);
		}
		return base + kind.extension;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Stores the content encrypted and returns the storage key (a relative path built from the id). */
	String store(UUID id, byte[] content) {
		var relative = id.toString().substring(0, 2) + "/" + id;
		try {
			var nonce = new byte[12];
			random.nextBytes(nonce);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(id.toString().getBytes(StandardCharsets.US_ASCII));
			var sealed = cipher.doFinal(content);
			var file = root.resolve(relative);
			Files.createDirectories(file.getParent());
			Files.write(file, ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array(),
					StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			return relative;
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("attachment could not be stored", e);
		}
	}

	byte[] load(UUID id, String storageKey) {
		try {
			var file = root.resolve(storageKey).normalize();
			if (!file.startsWith(root.normalize())) {
				throw new IllegalStateException("attachment path outside the store");
			}
			var bytes = Files.readAllBytes(file);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
			cipher.updateAAD(id.toString().getBytes(StandardCharsets.US_ASCII));
			return cipher.doFinal(bytes, 12, bytes.length - 12);
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("attachment could not be read", e);
		}
	}
}
