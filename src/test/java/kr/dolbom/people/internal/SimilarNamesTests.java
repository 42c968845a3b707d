package kr.dolbom.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 3: similar name + birth date in the same 읍면동 is offered as a possible duplicate. */
class SimilarNamesTests {

	@Test
	void theSameNameIgnoringSpacesIsSimilar() {
		assertThat(SimilarNames.similar("김민수", "김 민수")).isTrue();
	}

	@Test
	void oneDifferentSyllableIsATypo() {
		assertThat(SimilarNames.similar("김민수", "김민서")).isTrue();
		assertThat(SimilarNames.similar("남궁민수", "남궁민호")).isTrue();
	}

	@Test
	void twoDifferentSyllablesOrAnotherLengthAreDifferentPeople() {
		assertThat(SimilarNames.similar("김민수", "김지서")).isFalse();
		assertThat(SimilarNames.similar("김민수", "김민")).isFalse();
	}
}
