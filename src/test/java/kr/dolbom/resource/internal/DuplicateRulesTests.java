package kr.dolbom.resource.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.dolbom.resource.internal.DuplicateRules.Keys;
import kr.dolbom.resource.internal.DuplicateRules.Match;

/**
 * Appendix 7 (1) ① [중복체크] and (4) 중복제공 주체 정리: 중복의심 유형 = 제공 주체명, 사업자등록번호,
 * 전화번호, 주소 동일 — compared after normalisation, because the same provider is written many ways.
 */
class DuplicateRulesTests {

	private static final String GONGJU = "4415000000";
	private static final String BUYEO = "4476000000";

	@ParameterizedTest
	@ValueSource(strings = { "(주)한빛", "주식회사 한빛", "㈜한빛", "한빛 주식회사", "주식회사한빛", "（주）한빛", "( 주 ) 한빛", "한 빛",
			"한-빛" })
	void legalFormSpacesAndHyphensDoNotMakeADifferentName(String variant) {
		// appendix 7 (4): the same 제공 주체명 however the legal form is written
		assertThat(ResourceKeys.name(variant)).isEqualTo(ResourceKeys.name("한빛"));
	}

	@Test
	void otherLegalFormsAndFullWidthLettersAreNormalisedToo() {
		assertThat(ResourceKeys.name("사회복지법인 공주시종합사회복지관")).isEqualTo(ResourceKeys.name("공주시 종합사회복지관"));
		assertThat(ResourceKeys.name("(사)푸드뱅크")).isEqualTo(ResourceKeys.name("사단법인 푸드 뱅크"));
		assertThat(ResourceKeys.name("ＡＢＣ 센터")).isEqualTo(ResourceKeys.name("abc센터"));
		assertThat(ResourceKeys.name("한빛")).isNotEqualTo(ResourceKeys.name("한빛돌봄"));
	}

	@Test
	void phoneAndBusinessNumbersCompareByTheirDigits() {
		assertThat(ResourceKeys.digits("041-852-1001")).isEqualTo(ResourceKeys.digits("041 852 1001"))
				.isEqualTo(ResourceKeys.digits("(041)8521001"));
		assertThat(ResourceKeys.digits("307-82-10001")).isEqualTo("3078210001");
	}

	@Test
	void addressesIgnoreSpacingPunctuationAndTheLongProvinceName() {
		assertThat(ResourceKeys.address("충청남도 공주시 신관동 신관로 100, 2층"))
				.isEqualTo(ResourceKeys.address("충남 공주시 신관동 신관로100 2층"));
	}

	@Test
	void theSameNameIsAPossibleDuplicateOnlyWithinTheSameDistrict() {
		var here = Keys.of("(주)한빛", null, "041-111-1111", "공주시 가", GONGJU);
		assertThat(DuplicateRules.matches(here, Keys.of("주식회사 한빛", null, "041-222-2222", "공주시 나", GONGJU)))
				.containsExactly(Match.NAME);
		assertThat(DuplicateRules.matches(here, Keys.of("주식회사 한빛", null, "041-222-2222", "부여군 나", BUYEO)))
				.isEmpty();
	}

	@Test
	void theSameBusinessNumberPhoneOrAddressIsAPossibleDuplicateAnywhere() {
		// acceptance of issue 6: "(주)한빛" and "주식회사 한빛" at the same number are flagged
		var a = Keys.of("(주)한빛", "123-45-67890", "041-111-1111", "충청남도 공주시 신관동 1", GONGJU);
		var b = Keys.of("주식회사 한빛", "1234567890", "041 111 1111", "충남 공주시 신관동 1", GONGJU);
		assertThat(DuplicateRules.matches(a, b)).containsExactlyInAnyOrder(Match.NAME, Match.BUSINESS_NUMBER,
				Match.PHONE, Match.ADDRESS);
		var elsewhere = Keys.of("다른 이름", "123-45-67890", "041-999-9999", "부여군 어딘가", BUYEO);
		assertThat(DuplicateRules.matches(a, elsewhere)).containsExactly(Match.BUSINESS_NUMBER);
	}

	@Test
	void missingValuesNeverMakeADuplicate() {
		var a = Keys.of("가", null, "041-111-1111", "공주시 가", GONGJU);
		var b = Keys.of("나", "", "041-222-2222", "공주시 나", GONGJU);
		assertThat(DuplicateRules.matches(a, b)).isEmpty();
	}

	@Test
	void phoneNumbersAreStoredInOneForm() {
		assertThat(ContactNumbers.phone("0418521001")).contains("041-852-1001");
		assertThat(ContactNumbers.phone("02 123 4567")).contains("02-123-4567");
		assertThat(ContactNumbers.phone("15881234")).contains("1588-1234");
		assertThat(ContactNumbers.phone("12345")).isEmpty();
		assertThat(ContactNumbers.mobile("01031001001")).contains("010-3100-1001");
		// appendix 7 (3): SMS needs the contact's mobile; a landline is not one
		assertThat(ContactNumbers.mobile("041-852-1001")).isEmpty();
		assertThat(ContactNumbers.businessNumber("3078210001")).contains("307-82-10001");
		assertThat(ContactNumbers.businessNumber("307-82-1000")).isEmpty();
	}
}
