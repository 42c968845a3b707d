package kr.dolbom.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import kr.dolbom.support.DolbomIntegrationTest;

/** The people pages keep numbers out of URLs and caches and answer 404 outside the scope. */
@DolbomIntegrationTest
class PeoplePagesIntegrationTests {

	/** 김영희 of the demo data. */
	private static final String DEMO_RRN = "480315-2000001";

	@Autowired
	MockMvc mvc;

	private Cookie login(String username) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password("Demo-2026!")).andReturn().getResponse()
				.getCookie("SESSION");
	}

	@Test
	void aSearchByNumberIsAPostThatLeadsToThePersonWithoutTheNumberInAnyUrl() throws Exception {
		var session = login("demo.worker");
		var found = mvc.perform(post("/people/by-rrn").cookie(session).with(csrf()).param("rrn", DEMO_RRN)).andReturn();
		var location = found.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/people/").doesNotContain("480315");

		var page = mvc.perform(get(location).cookie(session)).andReturn();
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
		var html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("김영희", "480315-2******").doesNotContain("2000001");
	}

	@Test
	void anotherDistrictsWorkerFindsNothingAndGets404() throws Exception {
		var worker = login("demo.worker");
		var location = mvc.perform(post("/people/by-rrn").cookie(worker).with(csrf()).param("rrn", DEMO_RRN)).andReturn()
				.getResponse().getRedirectedUrl();
		var other = login("demo.other");
		assertThat(mvc.perform(get(location).cookie(other)).andReturn().getResponse().getStatus()).isEqualTo(404);
		var search = mvc.perform(post("/people/by-rrn").cookie(other).with(csrf()).param("rrn", DEMO_RRN)).andReturn();
		assertThat(search.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("찾는 대상자가 없습니다");
	}

	@Test
	void aPersonPageOffersTheRevealOnlyToPermissionHolders() throws Exception {
		var worker = login("demo.worker");
		var location = mvc.perform(post("/people/by-rrn").cookie(worker).with(csrf()).param("rrn", DEMO_RRN)).andReturn()
				.getResponse().getRedirectedUrl();
		assertThat(mvc.perform(get(location).cookie(worker)).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("주민등록번호 전체 보기");
		var lead = login("demo.lead");
		var revealed = mvc.perform(post(location + "/reveal").cookie(lead).with(csrf()).param("purpose", "긴급지원 신청"))
				.andReturn();
		assertThat(revealed.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("480315-2000001");
		assertThat(revealed.getResponse().getHeader("Cache-Control")).contains("no-store");
	}
}
