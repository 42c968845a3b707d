package kr.dolbom.discovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import kr.dolbom.discovery.DiscoveryFixtures;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * The map of households with utility-based indicators (seeds appendix 1 4 "지도기반 자체발굴대상자정보":
 * 단전, 단수, 단가스, 전기료체납) for an office, drawn as SVG with the same data as a table.
 */
@DolbomIntegrationTest
class DiscoveryMapIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	private Cookie login(String user) throws Exception {
		return mvc.perform(formLogin("/login").user(user).password("Demo-2026!")).andReturn().getResponse()
				.getCookie("SESSION");
	}

	private String csvRow(String office, double lat, double lon) {
		return SelfManagedFixtures.newRrn() + ",지도," + office + "," + LocalDate.now().minusDays(10) + ",120000," + lat + ","
				+ lon + "\n";
	}

	@Test
	void theOfficesUtilityHouseholdsAreDrawnAndListedWithoutNames() throws Exception {
		var fixtures = new DiscoveryFixtures(api);
		var round = fixtures.round(100);
		fixtures.uploadOk(round, "POWER_CUT", csvRow("4415057000", 36.4651, 127.1312) + csvRow("4415057000", 36.4702, 127.1405)
				+ csvRow("4476025000", 36.2756, 126.9098));
		fixtures.uploadOk(round, "JOB_LOSS", csvRow("4415057000", 36.4688, 127.1350));

		var session = login("demo.worker");
		var html = mvc.perform(get("/discovery/map").param("round", round).cookie(session)).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<svg", "role=\"img\"", "가구 2곳의 위치", "<caption");
		assertThat(html.split("<circle", -1)).hasSize(3); // the two 신관동 households; not 부여읍's, not job loss
		assertThat(html).contains("36.4651", "127.1405", "120,000").doesNotContain("36.2756").doesNotContain(">지도<");

		// another 시군구's office is not found; a role without discovery data is forbidden
		assertThat(mvc.perform(get("/discovery/map").param("office", "4415057000").param("round", round)
				.cookie(login("demo.other"))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/discovery/map").cookie(login("demo.resource"))).andReturn().getResponse().getStatus())
				.isEqualTo(403);
	}
}
