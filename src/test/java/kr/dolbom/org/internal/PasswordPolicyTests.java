package kr.dolbom.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** quality.md "Security": ≥ 10 characters of two classes, or ≥ 8 of three; never the username. */
class PasswordPolicyTests {

	@Test
	void tenCharactersOfTwoClassesAreEnough() {
		assertThat(PasswordPolicy.violations("abcdefgh12", "kim")).isEmpty();
	}

	@Test
	void tenCharactersOfOneClassAreNot() {
		assertThat(PasswordPolicy.violations("abcdefghij", "kim")).containsExactly("validation.password.weak");
	}

	@Test
	void eightCharactersNeedThreeClasses() {
		assertThat(PasswordPolicy.violations("Abcdef12", "kim")).isEmpty();
		assertThat(PasswordPolicy.violations("abcdef12", "kim")).containsExactly("validation.password.weak");
	}

	@Test
	void sevenCharactersAreTooShortWhateverTheClasses() {
		assertThat(PasswordPolicy.violations("Ab1!xyz", "kim")).containsExactly("validation.password.weak");
	}

	@Test
	void theDemoPasswordSatisfiesThePolicy() {
		assertThat(PasswordPolicy.violations("Demo-2026!", "demo.worker")).isEmpty();
	}

	@Test
	void aPasswordMayNotContainTheUsername() {
		assertThat(PasswordPolicy.violations("Xdemo.worker1", "demo.worker"))
				.containsExactly("validation.password.contains-username");
	}

	@RepeatedTest(20)
	void temporaryPasswordsSatisfyThePolicy() {
		var password = PasswordPolicy.temporaryPassword();
		assertThat(password).hasSize(12);
		assertThat(PasswordPolicy.violations(password, "someone")).isEmpty();
		assertThat(PasswordPolicy.characterClasses(password)).isEqualTo(4);
	}
}
