package kr.dolbom.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;
import kr.dolbom.deadline.DeadlineFixtures;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/** The module's pages through the real filters: who sees which page, Korean texts, the navigation badge. */
@DolbomIntegrationTest
class DeadlinePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	private Cookie login(String username) throws Exception {
		var result = mvc.perform(formLogin("/login").user(username).password(DemoOrg.PASSWORD)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		return result.getResponse().getCookie("SESSION");
	}

	/** A Saturday some weeks ahead (within the range a closure may have). */
	private static LocalDate saturday() {
		return LocalDate.now().plusDays(40).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theWorkQueueShowsOverdueWorkAndTheNavigationCountsIt() throws Exception {
		var fixtures = new DeadlineFixtures(api);
		var overdue = fixtures.openCaseDeadline("ASSESSMENT", "REQUEST", LocalDate.of(2026, 8, 3),
				Map.of("assigneeId", fixtures.userId("demo.worker")));
		var session = login("demo.worker");
		var page = mvc.perform(get("/work-queue").cookie(session)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("업무 목록", "욕구·위기도 조사", "욕구·위기도 조사를 등록하세요", "기한 초과",
				"/cases/" + overdue.get("subjectId").asString(), "nav-badge");

		var team = mvc.perform(get("/work-queue?view=team").cookie(session)).andReturn();
		assertThat(body(team)).contains("팀: 신관동 찾아가는 보건복지팀");

		var head = mvc.perform(get("/work-queue").cookie(login("demo.head"))).andReturn();
		assertThat(body(head)).contains("지금 맡은 일 중 기한이 있는 일이 없습니다.");
	}

	@Test
	void theCalendarShowsHolidaysAndOnlyManagersGetTheClosureForm() throws Exception {
		var worker = mvc.perform(get("/calendar?year=2026").cookie(login("demo.worker"))).andReturn();
		assertThat(body(worker)).contains("대체공휴일(3·1절)", "제9회 전국동시지방선거일").doesNotContain("closure-form");
		var district = mvc.perform(get("/calendar?year=2026").cookie(login("demo.district"))).andReturn();
		assertThat(body(district)).contains("closure-form", "휴무일 추가");
		var unknownYear = mvc.perform(get("/calendar?year=2099").cookie(login("demo.district"))).andReturn();
		assertThat(body(unknownYear)).contains("2099년 공휴일 자료가 없습니다");
	}

	@Test
	void aBadClosureIsShownAgainWithTheKoreanMessageBesideTheField() throws Exception {
		var result = mvc.perform(post("/calendar/closures").cookie(login("demo.district")).with(csrf())
				.param("orgUnitCode", DemoOrg.DISTRICT).param("day", saturday().toString()).param("name", "행사")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(result)).contains("입력 내용을 확인하세요.", "id=\"day-error\"", "토요일과 일요일은 이미 쉬는 날입니다.");
	}

	@Test
	void theRulePagesAreForTheAdministrator() throws Exception {
		var worker = login("demo.worker");
		assertThat(mvc.perform(get("/admin/deadline-rules").cookie(worker)).andReturn().getResponse().getStatus())
				.isEqualTo(403);
		var admin = login("demo.admin");
		var list = mvc.perform(get("/admin/deadline-rules").cookie(admin)).andReturn();
		assertThat(body(list)).contains("서비스 제공계획 수립", "대상자 선정 후 15근무일, 단 접수 후 30일(역일)을 넘지 않음",
				"종결 예정일 5근무일 전", "사례관리 요청 당일");
		var detail = mvc.perform(get("/admin/deadline-rules/PLAN/STANDARD").cookie(admin)).andReturn();
		assertThat(body(detail)).contains("변경 이력", "상한 기간 (접수 후)", "기본값");
		var invalid = mvc.perform(post("/admin/deadline-rules/PLAN/STANDARD").cookie(admin).with(csrf())
				.param("amount", "15").param("unit", "WORKING_DAYS").param("capAmount", "30").param("capUnit", "CALENDAR_DAYS")
				.param("effectiveFrom", "2020-01-01").param("note", "").param("basedOnVersion", "1")).andReturn();
		assertThat(body(invalid)).contains("적용 시작일은 오늘", "변경 사유를 입력하세요.");
	}

	@Test
	void notificationsPageHasAnEmptyState() throws Exception {
		var page = mvc.perform(get("/notifications").cookie(login("demo.head"))).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("알림");
	}
}
