package kr.dolbom.org.internal;

import kr.dolbom.org.OrgUnitLevel;

/**
 * Reads the structure of a 10-digit 행정동 code: 시도 (2) + 시군구 (3) + 읍면동 (3) + 00. Statistics
 * Korea's 7-digit codes are another system and are rejected.
 */
public record AdministrativeCode(String value) {

	public AdministrativeCode {
		if (value == null || !value.matches("\\d{10}")) {
			throw new IllegalArgumentException("not a 10-digit administrative code: " + value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && value.matches("\\d{10}");
	}

	public OrgUnitLevel level() {
		if (!value.substring(5, 8).equals("000")) {
			return OrgUnitLevel.OFFICE;
		}
		if (!value.substring(2, 5).equals("000")) {
			return OrgUnitLevel.DISTRICT;
		}
		return OrgUnitLevel.PROVINCE;
	}

	public String provinceCode() {
		return value.substring(0, 2) + "00000000";
	}

	public String districtCode() {
		return value.substring(0, 5) + "00000";
	}

	/**
	 * For a 일반구 (e.g. 수원시 장안구 41111) the city it belongs to (수원시 41110); a city's 구 share
	 * its first four digits and the city's fifth digit is 0.
	 */
	public String cityCodeOfGeneralDistrict() {
		return value.substring(0, 4) + "000000";
	}

	public boolean mayBeGeneralDistrict() {
		return level() == OrgUnitLevel.DISTRICT && value.charAt(4) != '0';
	}

	@Override
	public String toString() {
		return value;
	}
}
