package kr.dolbom.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.dolbom.org.OrgUnitLevel;

/** The 10-digit 행정동 code: 시도 (2) + 시군구 (3) + 읍면동 (3) + 00 (shared/data/README.md). */
class AdministrativeCodeTests {

	@Test
	void levelFollowsTheFilledDigitGroups() {
		assertThat(new AdministrativeCode("4400000000").level()).isEqualTo(OrgUnitLevel.PROVINCE);
		assertThat(new AdministrativeCode("4415000000").level()).isEqualTo(OrgUnitLevel.DISTRICT);
		assertThat(new AdministrativeCode("4415057000").level()).isEqualTo(OrgUnitLevel.OFFICE);
	}

	@Test
	void statisticsKoreasSevenDigitCodesAreAnotherSystem() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AdministrativeCode("3401011"));
	}

	@Test
	void anOfficeHangsBelowItsDistrict() {
		var known = Map.of("4400000000", OrgUnitLevel.PROVINCE, "4415000000", OrgUnitLevel.DISTRICT);
		assertThat(OrgCodeLoader.parentOf(new AdministrativeCode("4415057000"), known)).isEqualTo("4415000000");
	}

	@Test
	void aGeneralDistrictHangsBelowItsCity() {
		var known = Map.of("4100000000", OrgUnitLevel.PROVINCE, "4111000000", OrgUnitLevel.DISTRICT);
		assertThat(OrgCodeLoader.parentOf(new AdministrativeCode("4111100000"), known)).isEqualTo("4111000000");
		assertThat(OrgCodeLoader.parentOf(new AdministrativeCode("4111000000"), known)).isEqualTo("4100000000");
	}

	@Test
	void sejongOfficesHangBelowTheCityOfTheProvinceLevel() {
		var known = Map.of("3600000000", OrgUnitLevel.PROVINCE, "3611000000", OrgUnitLevel.DISTRICT);
		assertThat(OrgCodeLoader.parentOf(new AdministrativeCode("3611025000"), known)).isEqualTo("3611000000");
	}
}
