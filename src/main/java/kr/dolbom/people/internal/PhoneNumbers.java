package kr.dolbom.people.internal;

import java.util.Optional;

/** Korean phone numbers, stored in one form: 010-1234-5678, 02-123-4567, 041-840-2114. */
final class PhoneNumbers {

	private PhoneNumbers() {
	}

	static Optional<String> normalise(String input) {
		if (input == null) {
			return Optional.empty();
		}
		var digits = input.replaceAll("[\\s()-]", "");
		if (!digits.matches("0\\d{8,10}")) {
			return Optional.empty();
		}
		if (digits.startsWith("02")) {
			var rest = digits.substring(2);
			return rest.length() < 7 || rest.length() > 8 ? Optional.empty()
					: Optional.of("02-" + rest.substring(0, rest.length() - 4) + "-" + rest.substring(rest.length() - 4));
		}
		var area = digits.substring(0, 3);
		var rest = digits.substring(3);
		if (rest.length() < 7 || rest.length() > 8) {
			return Optional.empty();
		}
		return Optional.of(area + "-" + rest.substring(0, rest.length() - 4) + "-" + rest.substring(rest.length() - 4));
	}
}
