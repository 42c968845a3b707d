package kr.dolbom.resource.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kr.dolbom.resource.ProviderType;
import kr.dolbom.shared.FieldProblem;
import kr.dolbom.shared.ValidationFailed;

/**
 * The directory as it travels between systems, independent of the file format: providers with
 * their services. Ids are the source system's; {@link DirectoryTransfer} maps them to ours.
 */
public final class DirectoryFile {

	/** At most this many row problems are reported for one file; the file is refused whole anyway. */
	static final int MAX_PROBLEMS = 50;

	private DirectoryFile() {
	}

	public record Provider(String sourceId, String name, String businessNumber, String phone, String address,
			String orgUnitCode, ProviderType type, String contactName, String contactMobile, String description,
			List<Service> services, String location) {
	}

	/** {@code active}: false for services the source system marks inactive or defunct. */
	public record Service(String sourceId, String name, String categoryCode, String description, Integer capacity,
			LocalDate from, LocalDate to, String contactMobile, Eligibility eligibility, boolean active,
			String location) {
	}

	/**
	 * Text of an uploaded file in the declared encoding (UTF-8 unless EUC-KR/CP949 is declared),
	 * without a UTF-8 byte order mark. Undecodable bytes are refused, never replaced.
	 */
	static String decode(byte[] content, String encoding) {
		var charset = charset(encoding);
		if (content == null || content.length == 0) {
			throw ValidationFailed.of("file", "validation.resource.import.empty");
		}
		String text;
		try {
			text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw ValidationFailed.of("file", "validation.resource.import.encoding", charset.displayName(Locale.ROOT));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw ValidationFailed.of("file", "validation.resource.import.empty");
		}
		return text;
	}

	static Charset charset(String encoding) {
		if (encoding == null || encoding.isBlank()) {
			return StandardCharsets.UTF_8;
		}
		switch (encoding.strip().toUpperCase(Locale.ROOT).replace("_", "-")) {
			case "UTF-8", "UTF8":
				return StandardCharsets.UTF_8;
			case "EUC-KR", "EUCKR":
				return Charset.forName("EUC-KR");
			case "CP949", "MS949", "WINDOWS-949", "X-WINDOWS-949":
				return Charset.forName("x-windows-949");
			default:
				throw ValidationFailed.of("encoding", "validation.resource.import.encoding-unknown");
		}
	}

	/** Collects problems of a file up to {@link #MAX_PROBLEMS}. */
	static final class Problems {

		private final ValidationFailed.Collector collector = new ValidationFailed.Collector();
		private int count;

		void add(String field, String messageKey, Object... arguments) {
			if (count++ < MAX_PROBLEMS) {
				collector.reject(field, messageKey, arguments);
			}
		}

		void addAll(List<FieldProblem> problems, String prefix) {
			problems.forEach(p -> add(prefix + p.field(), p.messageKey(), p.arguments()));
		}

		boolean any() {
			return count > 0;
		}

		void throwIfAny() {
			collector.throwIfAny();
		}
	}

	static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
		try {
			return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return Optional.empty();
		}
	}
}
