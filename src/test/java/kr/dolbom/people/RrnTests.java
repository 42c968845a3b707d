package kr.dolbom.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** domain.md §2: RRN format rules; the check digit is not required since 2020-10-05. */
class RrnTests {

	@Test
	void birthDateSexAndCenturyComeFromTheSeventhDigit() {
		var rrn = Rrn.parse("900101-1234568");
		assertThat(rrn.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
		assertThat(rrn.sex()).isEqualTo(Sex.MALE);
		assertThat(Rrn.parse("0503154123456").birthDate()).isEqualTo(LocalDate.of(2005, 3, 15));
		assertThat(Rrn.parse("0503154123456").sex()).isEqualTo(Sex.FEMALE);
		assertThat(Rrn.parse("8512256123456").foreignResident()).isTrue();
		assertThat(Rrn.parse("1012318123456").birthDate()).isEqualTo(LocalDate.of(2010, 12, 31));
	}

	@ParameterizedTest
	@ValueSource(strings = { "90010112345", "90010112345678", "9001011234a67", "", "900101_1234567" })
	void aNumberMustHaveThirteenDigits(String input) {
		assertThat(Rrn.problemOf(input)).contains(Rrn.Problem.FORMAT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "9001019234567", "9001010234567" })
	void genderDigitsNineAndZeroMeanThe1800sAndAreRefused(String input) {
		assertThat(Rrn.problemOf(input)).contains(Rrn.Problem.GENDER_DIGIT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "9013011234567", "9002301234567", "0102293234567", "0000001234567" })
	void theFirstSixDigitsMustBeARealDate(String input) {
		assertThat(Rrn.problemOf(input)).contains(Rrn.Problem.BIRTH_DATE);
	}

	@Test
	void februaryTwentyNinthExistsInLeapYearsOnly() {
		assertThat(Rrn.problemOf("0002294123456")).isEmpty(); // 2000 is a leap year
		assertThat(Rrn.problemOf("9002291123456")).contains(Rrn.Problem.BIRTH_DATE);
	}

	@Test
	void aNumberIssuedSince2020WithoutAValidCheckDigitIsAccepted() {
		var rrn = Rrn.parse("2101013456789");
		assertThat(rrn.checkDigitMatches()).isFalse();
		assertThat(rrn.birthDate()).isEqualTo(LocalDate.of(2021, 1, 1));
	}

	@Test
	void theOldCheckDigitFormulaIsRecognised() {
		// weights 2,3,4,5,6,7,8,9,2,3,4,5: sum for 800101123456 is 2*8+0+... computed by the formula
		var digits = "800101123456";
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		var valid = digits + (11 - sum % 11) % 10;
		assertThat(Rrn.parse(valid).checkDigitMatches()).isTrue();
	}

	@Test
	void theMaskedFormShowsBirthDateAndGenderDigitOnly() {
		assertThat(Rrn.parse("9001011234567").masked()).isEqualTo("900101-1******");
		assertThat(Rrn.parse("9001011234567").toString()).isEqualTo("900101-1******");
	}

	@Test
	void aRefusalNeverRepeatsTheNumber() {
		assertThatThrownBy(() -> Rrn.parse("9001019234567")).hasMessageNotContaining("9001019234567")
				.hasMessageNotContaining("234567");
	}
}
