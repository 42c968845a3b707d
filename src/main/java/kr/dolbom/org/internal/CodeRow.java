package kr.dolbom.org.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of an administrative code file: the code, the three name columns as published
 * (시도명, 시군구명, 읍면동명) and the validity dates.
 */
record CodeRow(AdministrativeCode code, String provinceName, String districtName, String officeName,
		LocalDate createdOn, LocalDate abolishedOn) {

	/**
	 * The unit's own name: the last filled name column. 세종특별자치시 has no 시군구 level, so its
	 * 읍면동 names stand in the 시군구 column.
	 */
	String name() {
		if (!officeName.isBlank()) {
			return officeName;
		}
		if (!districtName.isBlank()) {
			return districtName;
		}
		return provinceName;
	}

	String fullName() {
		List<String> parts = new ArrayList<>();
		for (var part : List.of(provinceName, districtName, officeName)) {
			if (!part.isBlank()) {
				parts.add(part);
			}
		}
		return String.join(" ", parts);
	}

	/**
	 * A few rows carry a branch office of a 도 in the 시도 column (북부출장소, 동해출장소): they are
	 * not provinces and nothing lies below them. Branch offices lower down (e.g. 송탄출장소, 논공읍공단
	 * 출장소) have codes of their own and stay.
	 */
	boolean isProvinceLevelBranchOffice() {
		return provinceName.endsWith("출장소");
	}
}
