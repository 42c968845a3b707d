package kr.dolbom.shared.export;

import kr.dolbom.shared.ValidationFailed;

/** Every download states its reason (quality.md); it goes to the access log and into the file. */
public final class ExportPurpose {

	public static final int MAX_LENGTH = 200;

	private ExportPurpose() {
	}

	/** The stated purpose, stripped; 422 on the field {@code purpose} when it is missing or too long. */
	public static String require(String purpose) {
		if (purpose == null || purpose.isBlank()) {
			throw ValidationFailed.of("purpose", "validation.export.purpose");
		}
		if (purpose.strip().length() > MAX_LENGTH) {
			throw ValidationFailed.of("purpose", "validation.too-long", MAX_LENGTH);
		}
		return purpose.strip();
	}
}
