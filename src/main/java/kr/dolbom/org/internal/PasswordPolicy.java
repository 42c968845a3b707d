package kr.dolbom.org.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * quality.md "Security": a password has at least 10 characters of at least two character classes,
 * or at least 8 characters of three classes (classes: upper case, lower case, digits, symbols). It
 * may not contain the username.
 */
public final class PasswordPolicy {

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordPolicy() {
	}

	/** The message keys of every rule the password breaks; empty when it is acceptable. */
	public static List<String> violations(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			problems.add("validation.required");
			return problems;
		}
		int classes = characterClasses(password);
		int length = password.codePointCount(0, password.length());
		boolean strongEnough = (length >= 10 && classes >= 2) || (length >= 8 && classes >= 3);
		if (!strongEnough) {
			problems.add("validation.password.weak");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("validation.password.contains-username");
		}
		if (length > 128) {
			problems.add("validation.password.too-long");
		}
		return problems;
	}

	static int characterClasses(String password) {
		boolean upper = false, lower = false, digit = false, symbol = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				symbol = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
	}

	/** A temporary password that satisfies the policy: 12 characters from all four classes. */
	public static String temporaryPassword() {
		String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
		String lower = "abcdefghijkmnpqrstuvwxyz";
		String digits = "23456789";
		String symbols = "!@#$%^&*-_";
		String all = upper + lower + digits + symbols;
		List<Character> chars = new ArrayList<>();
		chars.add(upper.charAt(RANDOM.nextInt(upper.length())));
		chars.add(lower.charAt(RANDOM.nextInt(lower.length())));
		chars.add(digits.charAt(RANDOM.nextInt(digits.length())));
		chars.add(symbols.charAt(RANDOM.nextInt(symbols.length())));
		while (chars.size() < 12) {
			chars.add(all.charAt(RANDOM.nextInt(all.length())));
		}
		Collections.shuffle(chars, RANDOM);
		var sb = new StringBuilder();
		chars.forEach(sb::append);
		return sb.toString();
	}
}
