package kr.dolbom.discovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/** api.md: GET /api/v1/reference/indicators lists the indicator kinds (code, name, agency, weight, utility). */
@DolbomIntegrationTest
class IndicatorApiIntegrationTests {

	@Autowired
	Api api;

	@Test
	void indicatorKindsAreReferenceDataWithTheirAgencyWeightAndUtilityFlag() {
		var response = api.as("demo.worker").get("/api/v1/reference/indicators");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().size()).isGreaterThanOrEqualTo(30);
		var first = response.json().get(0);
		assertThat(first.get("code").asString()).isEqualTo("POWER_CUT");
		assertThat(first.get("name").asString()).isEqualTo("단전");
		assertThat(first.get("agency").asString()).isEqualTo("한국전력공사");
		assertThat(first.get("weight").asInt()).isEqualTo(10);
		assertThat(first.get("utility").asBoolean()).isTrue();
	}
}
