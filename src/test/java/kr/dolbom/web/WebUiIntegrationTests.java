package kr.dolbom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/** The web UI through its real filters: form login, CSRF, sessions in the database, role pages. */
@DolbomIntegrationTest
class WebUiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	private Cookie login(String username, String password) throws Exception {
		var result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		return sessionCookie(result);
	}

	private static Cookie sessionCookie(MvcResult result) {
		var cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anonymousVisitorsAreSentToTheKoreanLoginPage() throws Exception {
		var home = mvc.perform(get("/")).andReturn();
		assertThat(home.getResponse().getStatus()).isEqualTo(302);
		assertThat(home.getResponse().getRedirectedUrl()).endsWith("/login");

		var login = mvc.perform(get("/login")).andReturn();
		assertThat(login.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(login)).contains("lang=\"ko\"", "<label for=\"username\"", "아이디", "비밀번호", "본문 바로가기");
	}

	@Test
	void aDemoUserLogsInAndSeesTheirHomePage() throws Exception {
		var session = login("demo.worker", "Demo-2026!");
		var home = mvc.perform(get("/").cookie(session)).andReturn();
		assertThat(home.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(home)).contains("이지은님, 안녕하세요.", "사회복지 담당", "충청남도 공주시 신관동", "신관동 찾아가는 보건복지팀");
		assertThat(body(home)).doesNotContain("사용자 관리");
	}

	@Test
	void aWrongPasswordShowsTheKoreanMessage() throws Exception {
		var result = mvc.perform(formLogin("/login").user("demo.lead").password("nope")).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
		var page = mvc.perform(get("/login?error=bad")).andReturn();
		assertThat(body(page)).contains("아이디 또는 비밀번호가 올바르지 않습니다");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		var result = mvc.perform(post("/login").param("username", "demo.worker").param("password", "Demo-2026!"))
				.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void administrationPagesAreForTheAdministratorOnly() throws Exception {
		var worker = login("demo.worker", "Demo-2026!");
		assertThat(mvc.perform(get("/admin/users").cookie(worker)).andReturn().getResponse().getStatus()).isEqualTo(403);

		var admin = login("demo.admin", "Demo-2026!");
		var page = mvc.perform(get("/admin/users").cookie(admin)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("demo.worker", "사회복지 담당");

		var audit = mvc.perform(get("/audit").cookie(admin)).andReturn();
		assertThat(body(audit)).contains("개인정보 접속기록", "무결성 검증"); // a module's own message bundle
	}

	@Test
	void outOfScopeOrgPagesAnswer404() throws Exception {
		var worker = login("demo.worker", "Demo-2026!");
		var other = mvc.perform(get("/org/4476025000").cookie(worker)).andReturn();
		assertThat(other.getResponse().getStatus()).isEqualTo(404);
		assertThat(body(other)).contains("찾을 수 없습니다");
		var own = mvc.perform(get("/org/4415057000").cookie(worker)).andReturn();
		assertThat(body(own)).contains("신관동 찾아가는 보건복지팀", "기본형");
	}

	@Test
	void aResetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		var created = api.as("demo.admin").post("/api/v1/admin/users", Map.of("username", "ui.reset", "name", "화면 시험",
				"roles", List.of(Map.of("role", "NURSE", "orgUnitCode", "4415057000"))));
		var temporary = created.json().get("temporaryPassword").asString();
		var session = login("ui.reset", temporary);

		var home = mvc.perform(get("/").cookie(session)).andReturn();
		assertThat(home.getResponse().getRedirectedUrl()).isEqualTo("/account/password?required");

		var weak = mvc.perform(post("/account/password").cookie(session).with(csrf())
				.param("currentPassword", temporary).param("newPassword", "short").param("confirmPassword", "short"))
				.andReturn();
		assertThat(body(weak)).contains("10자 이상에 두 종류 이상");

		var changed = mvc.perform(post("/account/password").cookie(session).with(csrf())
				.param("currentPassword", temporary).param("newPassword", "Gongju-Nurse-77")
				.param("confirmPassword", "Gongju-Nurse-77")).andReturn();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(api.login("ui.reset", "Gongju-Nurse-77").status()).isEqualTo(200);
	}
}
