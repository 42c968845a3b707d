package kr.dolbom.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/** The checklist, monitor and health pages through the real filters: forms, Korean messages, scope. */
@DolbomIntegrationTest
class OutreachDeskPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	Clock clock;

	private Cookie login(String username) throws Exception {
		var result = mvc.perform(formLogin("/login").user(username).password(DemoOrg.PASSWORD)).andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theChildChecklistPageAsksForTheReportWhenAnItemIsYes() throws Exception {
		var child = new OutreachDeskFixtures(api).resident("화면아동", "190404", '4', DemoOrg.OFFICE, "demo.worker");
		var session = login("demo.worker");
		var form = mvc.perform(get("/abuse-checks/new").param("personId", child.personId()).param("kind", "CHILD").cookie(session))
				.andReturn();
		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(form)).contains("아동학대 점검표", "아동보호전문기관", "경찰 112", "보호자의 설명이 불분명하다");
		var request = post("/abuse-checks/new").cookie(session).with(csrf()).param("personId", child.personId())
				.param("kind", "CHILD").param("checkedOn", LocalDate.now(clock).toString());
		for (var item : new String[] { "PHYSICAL", "EMOTIONAL", "SEXUAL", "NEGLECT", "WHEREABOUTS_UNCLEAR", "AGENCY_REPORT" }) {
			request.param("answer_" + item, item.equals("PHYSICAL") ? "true" : "false");
		}
		var refused = mvc.perform(request).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(refused)).contains("입력 내용을 확인하세요.", "학대가 의심됩니다");
		var reported = mvc.perform(request.param("channel", "POLICE_112").param("reportedTo", "공주경찰서 상황실")
				.param("reportedAt", LocalDate.now(clock).atTime(0, 1).toString())).andReturn();
		assertThat(reported.getResponse().getRedirectedUrl()).startsWith("/abuse-checks/");
		var view = mvc.perform(get(reported.getResponse().getRedirectedUrl()).cookie(session)).andReturn();
		assertThat(body(view)).contains("학대 의심 — 신고 의무 대상입니다.", "공주경찰서 상황실");
		assertThat(mvc.perform(get("/abuse-checks").param("suspected", "true").cookie(session)).andReturn().getResponse()
				.getStatus()).isEqualTo(200);
		// another district's worker does not see the resident
		assertThat(mvc.perform(get("/abuse-checks/new").param("personId", child.personId()).cookie(login("demo.other")))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theMonitorPagesSetTheCycleAndRecordTheConsultation() throws Exception {
		var resident = new OutreachDeskFixtures(api).resident("화면모니터");
		var session = login("demo.worker");
		var cycle = mvc.perform(post("/monitor/households/" + resident.householdId()).cookie(session).with(csrf())
				.param("personId", resident.personId()).param("cycleMonths", "2")
				.param("nextDueOn", LocalDate.now(clock).withDayOfMonth(1).toString())).andReturn();
		assertThat(cycle.getResponse().getRedirectedUrl()).isEqualTo("/monitor/households/" + resident.householdId());
		var due = mvc.perform(get("/monitor").cookie(session)).andReturn();
		assertThat(body(due)).contains("모니터 상담 대상", "화면모니터");
		var form = mvc.perform(get("/monitor/new").param("personId", resident.personId()).cookie(session)).andReturn();
		assertThat(body(form)).contains("실내에서만 보호받는 가구원");
		var incomplete = mvc.perform(post("/monitor/new").cookie(session).with(csrf()).param("personId", resident.personId())
				.param("date", LocalDate.now(clock).toString())).andReturn();
		assertThat(body(incomplete)).contains("입력 내용을 확인하세요.", "필수 항목입니다.");
		var recorded = mvc.perform(post("/monitor/new").cookie(session).with(csrf()).param("personId", resident.personId())
				.param("date", LocalDate.now(clock).toString()).param("method", "PHONE").param("livingSafe", "true")
				.param("indoorMembersOk", "true").param("servicesDelivered", "true").param("reentryNeeded", "false")
				.param("summary", "전화 안부 확인")).andReturn();
		assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/monitor/households/" + resident.householdId());
		var household = mvc.perform(get(recorded.getResponse().getRedirectedUrl()).cookie(session)).andReturn();
		assertThat(body(household)).contains("2개월마다", LocalDate.now(clock).plusMonths(2).toString());
	}

	@Test
	void theNursePagesRefuseAVisitBeforeTheDuplicateCheck() throws Exception {
		var resident = new OutreachDeskFixtures(api).resident("화면건강", "470303", '2', DemoOrg.OFFICE, "demo.worker");
		var nurse = login("demo.nurse");
		var page = mvc.perform(get("/health/person/" + resident.personId()).cookie(nurse)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("보건소 방문건강관리 중복 확인", "치매안심센터", "고혈압");
		var visit = post("/health/person/" + resident.personId() + "/visit").cookie(nurse).with(csrf())
				.param("date", LocalDate.now(clock).toString()).param("riskFactors", "FALL_RISK")
				.param("chronicDiseases", "HYPERTENSION").param("education", "낙상 예방").param("links", "BOGUNSO_VISITING")
				.param("summary", "혈압 측정");
		var refused = mvc.perform(visit).andReturn();
		assertThat(body(refused)).contains("방문 전에 보건소 방문건강관리 대상자인지(PHIS) 중복 확인을 먼저 기록하세요");
		var check = mvc.perform(post("/health/person/" + resident.personId() + "/duplicate-check").cookie(nurse).with(csrf())
				.param("checkedOn", LocalDate.now(clock).toString()).param("enrolled", "false")).andReturn();
		assertThat(check.getResponse().getRedirectedUrl()).isEqualTo("/health/person/" + resident.personId());
		var recorded = mvc.perform(visit).andReturn();
		assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/health/person/" + resident.personId());
		var office = mvc.perform(get("/health").cookie(nurse)).andReturn();
		assertThat(body(office)).contains("화면건강", "보건소 방문건강관리");
		var programme = mvc.perform(post("/health/programmes").cookie(nurse).with(csrf()).param("title", "치매예방 교실")
				.param("topic", "DEMENTIA_PREVENTION").param("startsOn", LocalDate.now(clock).toString())
				.param("endsOn", LocalDate.now(clock).plusWeeks(2).toString()).param("sessions", "2").param("capacity", "8"))
				.andReturn();
		assertThat(programme.getResponse().getRedirectedUrl()).startsWith("/health/programmes/");
		var programmeId = programme.getResponse().getRedirectedUrl().substring("/health/programmes/".length());
		mvc.perform(post("/health/person/" + resident.personId() + "/programme").cookie(nurse).with(csrf())
				.param("programmeId", programmeId)).andReturn();
		assertThat(body(mvc.perform(get("/health/programmes/" + programmeId).cookie(nurse)).andReturn()))
				.contains("치매예방 교실", "참여자 1명 / 정원 8명", "화면건강");
	}

	@Test
	void theDeskListsAndThePersonsLinks() throws Exception {
		var session = login("demo.worker");
		assertThat(body(mvc.perform(get("/desk").cookie(session)).andReturn())).contains("종합상담", "주민 찾기");
		assertThat(mvc.perform(get("/referrals").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		var resident = new OutreachDeskFixtures(api).resident("화면링크");
		var fragment = mvc.perform(get("/consultations/of-person/" + resident.personId()).cookie(session)).andReturn();
		assertThat(body(fragment)).contains("/desk/new?personId=", "/abuse-checks/new?personId=", "/monitor/new?personId=",
				"/health/person/");
	}
}
