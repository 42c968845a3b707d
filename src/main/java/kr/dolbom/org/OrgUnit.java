package kr.dolbom.org;

/**
 * An administrative unit with its official 10-digit 행정동 code: 시도 (2) + 시군구 (3) + 읍면동 (3)
 * + 00. {@code fullName} reads like an address, e.g. "충청남도 공주시 신관동".
 */
public record OrgUnit(String code, String name, String fullName, OrgUnitLevel level, String parentCode) {

	public boolean isOffice() {
		return level == OrgUnitLevel.OFFICE;
	}
}
