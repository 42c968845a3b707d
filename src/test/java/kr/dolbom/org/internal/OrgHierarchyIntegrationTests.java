package kr.dolbom.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.support.DolbomIntegrationTest;

/** The national hierarchy from the bundled 2023-07 code file plus the change files (shared/data/README.md). */
@DolbomIntegrationTest
class OrgHierarchyIntegrationTests {

	@Autowired
	OrgUnits units;

	@Autowired
	OrgCodeLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void seventeenProvincesAndAbout3500OfficesAreInForce() {
		assertThat(units.provinces()).hasSize(17);
		long offices = units.provinces().stream().mapToLong(p -> units.officesUnder(p.code()).size()).sum();
		// 3,567 rows with a 읍면동명 plus the 24 읍면동 of 세종, whose names stand in the 시군구 column
		assertThat(offices).isEqualTo(3567 + 24);
	}

	@Test
	void gongjuHasSixteenOffices() {
		assertThat(units.officesUnder("4415000000")).hasSize(16).extracting(OrgUnit::name).contains("신관동", "유구읍");
		assertThat(units.get("4415057000").fullName()).isEqualTo("충청남도 공주시 신관동");
	}

	@Test
	void jeonbukBecameASpecialSelfGoverningProvinceWithNewCodes() {
		// 2024-01-18: 전라북도 → 전북특별자치도, every code 45… → 52…
		assertThat(units.find("4500000000")).isEmpty();
		assertThat(units.get("5200000000").name()).isEqualTo("전북특별자치도");
		assertThat(units.get("5211000000").parentCode()).isEqualTo("5200000000");
		assertThat(units.officesUnder("5200000000")).isNotEmpty()
				.allSatisfy(o -> assertThat(o.code()).startsWith("52"));
		assertThat(jdbc.sql("SELECT successor_code FROM org_unit WHERE code = '4500000000'").query(String.class).single())
				.isEqualTo("5200000000");
	}

	@Test
	void generalDistrictsHangBelowTheirCityAndSejongOfficesBelowTheCity() {
		var jangan = units.get("4111100000");
		assertThat(jangan.level()).isEqualTo(OrgUnitLevel.DISTRICT);
		assertThat(jangan.parentCode()).isEqualTo("4111000000");
		assertThat(units.districtOf("4111156000").map(OrgUnit::code)).contains("4111100000");
		assertThat(units.get("3611025000").parentCode()).isEqualTo("3611000000");
	}

	@Test
	void provinceLevelBranchOfficeRowsAreNotUnits() {
		assertThat(units.find("4110500000")).isEmpty();
		assertThat(units.find("5110500000")).isEmpty();
	}

	@Test
	void eachCodeFileIsAppliedOnlyOnce() {
		assertThat(loader.loadPending()).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM org_code_file").query(Long.class).single()).isEqualTo(2);
	}
}
