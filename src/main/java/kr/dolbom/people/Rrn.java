package kr.dolbom.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A resident registration number (주민등록번호), validated as domain.md §2 prescribes: 13 digits;
 * the 7th gives sex and century (1/2 born 1900s, 3/4 2000s, 5/6 and 7/8 foreign residents born
 * 1900s/2000s; 9/0 = 1800s, rejected); the first six digits are a real date in that century. The
 * check digit is NOT required: numbers issued since 2020-10-05 have random final digits.
 * <p>
 * {@link #toString()} gives the masked form, so that a number that slips into a log or a message
 * shows no more than {@code YYMMDD-G******}.
 */
public final class Rrn {

	/** Why a number was refused; each has a Korean message {@code validation.rrn.<code>}. */
	public enum Problem {
		FORMAT, GENDER_DIGIT, BIRTH_DATE
	}

	private static final int[] WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };

	private final String digits;
	private final LocalDate birthDate;

	private Rrn(String digits, LocalDate birthDate) {
		this.digits = digits;
		this.birthDate = birthDate;
	}

	/** Accepts {@code 9001011234567} or {@code 900101-1234567} (spaces are ignored). */
	public static Rrn parse(String input) {
		var problem = problemOf(input);
		if (problem.isPresent()) {
			throw new InvalidRrn(problem.get());
		}
		var digits = normalise(input);
		return new Rrn(digits, birthDateOf(digits).orElseThrow());
	}

	public static Optional<Problem> problemOf(String input) {
		var digits = normalise(input);
		if (digits == null || !digits.matches("\\d{13}")) {
			return Optional.of(Problem.FORMAT);
		}
		char g = digits.charAt(6);
		if (g == '0' || g == '9') {
			return Optional.of(Problem.GENDER_DIGIT);
		}
		return birthDateOf(digits).isPresent() ? Optional.empty() : Optional.of(Problem.BIRTH_DATE);
	}

	private static String normalise(String input) {
		if (input == null) {
			return null;
		}
		var compact = input.replace(" ", "").strip();
		if (compact.matches("\\d{6}-\\d{7}")) {
			compact = compact.replace("-", "");
		}
		return compact;
	}

	private static Optional<LocalDate> birthDateOf(String digits) {
		int century = switch (digits.charAt(6)) {
			case '1', '2', '5', '6' -> 1900;
			case '3', '4', '7', '8' -> 2000;
			default -> -1;
		};
		if (century < 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(century + Integer.parseInt(digits.substring(0, 2)),
					Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6))));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/** The full number. Only for encryption, hashing and the audited reveal — never display or log it. */
	public String digits() {
		return digits;
	}

	public LocalDate birthDate() {
		return birthDate;
	}

	public Sex sex() {
		return (digits.charAt(6) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/** 5–8: a foreign resident's registration number (외국인등록번호). */
	public boolean foreignResident() {
		return digits.charAt(6) >= '5';
	}

	/** {@code YYMMDD-G******} */
	public String masked() {
		return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
	}

	/**
	 * Whether the last digit matches the old check-digit formula (weights 2…9,2…5; (11 − sum mod 11)
	 * mod 10). Numbers issued since 2020-10-05 need not match; a mismatch is at most a warning.
	 */
	public boolean checkDigitMatches() {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
	}

	public int ageOn(LocalDate date) {
		return Period.between(birthDate, date).getYears();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Rrn rrn && rrn.digits.equals(digits);
	}

	@Override
	public int hashCode() {
		return digits.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

	/** A refused number. The message names the problem only, never the number. */
	public static final class InvalidRrn extends IllegalArgumentException {

		private final Problem problem;

		InvalidRrn(Problem problem) {
			super("invalid resident registration number: " + problem);
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}

		public String messageKey() {
			return "validation.rrn." + problem.name().toLowerCase().replace('_', '-');
		}
	}
}
