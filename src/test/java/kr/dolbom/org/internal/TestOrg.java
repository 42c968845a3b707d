package kr.dolbom.org.internal;

import java.time.Clock;
import java.util.List;

import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnitLevel;

/** A small slice of the real hierarchy (충청남도 공주시 and 부여군) for unit tests. */
final class TestOrg {

	private TestOrg() {
	}

	static OrgDirectory units() {
		var directory = new OrgDirectory(null, Clock.systemUTC());
		directory.replace(new OrgTree(List.of(
				unit("4400000000", "충청남도", OrgUnitLevel.PROVINCE, null),
				unit("4415000000", "공주시", OrgUnitLevel.DISTRICT, "4400000000"),
				unit("4415057000", "신관동", OrgUnitLevel.OFFICE, "4415000000"),
				unit("4415059000", "월송동", OrgUnitLevel.OFFICE, "4415000000"),
				unit("4415025000", "유구읍", OrgUnitLevel.OFFICE, "4415000000"),
				unit("4415039000", "사곡면", OrgUnitLevel.OFFICE, "4415000000"),
				unit("4415040000", "신풍면", OrgUnitLevel.OFFICE, "4415000000"),
				unit("4415037000", "정안면", OrgUnitLevel.OFFICE, "4415000000"),
				unit("4476000000", "부여군", OrgUnitLevel.DISTRICT, "4400000000"),
				unit("4476025000", "부여읍", OrgUnitLevel.OFFICE, "4476000000"))));
		return directory;
	}

	private static OrgUnit unit(String code, String name, OrgUnitLevel level, String parent) {
		return new OrgUnit(code, name, name, level, parent);
	}
}
