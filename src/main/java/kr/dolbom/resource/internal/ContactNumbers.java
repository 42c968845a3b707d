package kr.dolbom.resource.internal;

import java.util.Optional;

/**
 * Phone numbers of providers in one display form: 02-123-4567, 041-840-2114, 010-1234-5678, and
 * the nationwide numbers 1588-1234. Business registration numbers as 123-45-67890.
 */
final class ContactNumbers {

	private ContactNumbers() {
	}

	static Optional<String> phone(String input) {
		var digits = ResourceKeys.digits(input);
		if (digits.matches("1[5-9]\\d{6}")) {
			return Optional.of(digits.substring(0, 4) + "-" + digits.substring(4));
		}
		if (!digits.matches("0\\d{8,10}")) {
			return Optional.empty();
		}
		int area = digits.startsWith("02") ? 2 : 3;
		var rest = digits.substring(area);
		if (rest.length() < 7 || rest.length() > 8) {
			return Optional.empty();
		}
		return Optional.of(digits.substring(0, area) + "-" + rest.substring(0, rest.length() - 4) + "-"
				+ rest.substring(rest.length() - 4));
	}

	/** A mobile number (needed for SMS, appendix 7 (3)): 010, 011, 016–019. */
	static Optional<String> mobile(String input) {
		var digits = ResourceKeys.digits(input);
		if (!digits.matches("01[016789]\\d{7,8}")) {
			return Optional.empty();
		}
		return phone(digits);
	}

	static Optional<String> businessNumber(String input) {
		var digits = ResourceKeys.digits(input);
		if (!digits.matches("\\d{10}")) {
			return Optional.empty();
		}
		return Optional.of(digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5));
	}
}
