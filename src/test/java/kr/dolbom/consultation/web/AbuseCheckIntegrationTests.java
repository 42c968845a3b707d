package kr.dolbom.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Abuse checklists (appendix 5: "1개 문항 이상 '예'라고 체크된 경우, 아동학대를 의심해 볼 수 있는 상황이므로
 * 아동학대 신고전화 112 또는 아동보호전문기관으로 신고"; domain.md §3.5): one "yes" flags suspected abuse,
 * shows the report channels, and the check is stored only with the record of the report.
 */
@DolbomIntegrationTest
class AbuseCheckIntegrationTests {

	private static final List<String> CHILD_ITEMS = List.of("PHYSICAL", "EMOTIONAL", "SEXUAL", "NEGLECT",
			"WHEREABOUTS_UNCLEAR", "AGENCY_REPORT");

	@Autowired
	Api api;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	private OutreachDeskFixtures fixtures() {
		return new OutreachDeskFixtures(api);
	}

	private String child(String name) {
		return fixtures().resident(name, "180303", '3', DemoOrg.OFFICE, "demo.worker").personId();
	}

	private long checks(String personId) {
		return jdbc.sql("SELECT COUNT(*) FROM abuse_check WHERE person_id = CAST(? AS UUID)").param(personId)
				.query(Long.class).single();
	}

	private Map<String, Object> childCheck(String personId, String yesItem) {
		Map<String, Boolean> answers = new LinkedHashMap<>();
		CHILD_ITEMS.forEach(i -> answers.put(i, i.equals(yesItem)));
		Map<String, Object> body = new HashMap<>();
		body.put("personId", personId);
		body.put("kind", "CHILD");
		body.put("checkedOn", LocalDate.now(clock).toString());
		body.put("answers", answers);
		body.put("note", "방문상담 중 점검");
		return body;
	}

	private Map<String, Object> report(String channel) {
		return Map.of("reportedAt", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), "channel", channel,
				"reportedTo", "충남아동보호전문기관 상담원", "reference", "접수 2026-118");
	}

	@Test
	void oneYesInTheChildChecklistFlagsSuspectedAbuseAndRequiresTheReportRecord() {
		var child = child("점검아동");
		var body = childCheck(child, "NEGLECT");

		var withoutReport = api.as("demo.worker").post("/api/v1/abuse-checks", body);
		assertThat(withoutReport.status()).isEqualTo(422);
		var error = withoutReport.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("report");
		assertThat(error.get("message").asString()).startsWith("학대가 의심됩니다");
		assertThat(checks(child)).as("nothing stored").isZero();

		body.put("report", report("ELDER_PROTECTION_AGENCY"));
		var wrongChannel = api.as("demo.worker").post("/api/v1/abuse-checks", body);
		assertThat(wrongChannel.status()).isEqualTo(422);
		assertThat(wrongChannel.json().get("errors").get(0).get("field").asString()).isEqualTo("report.channel");

		body.put("report", report("CHILD_PROTECTION_AGENCY"));
		var recorded = api.as("demo.worker").post("/api/v1/abuse-checks", body);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("suspected").asBoolean()).isTrue();
		assertThat(recorded.json().get("reportChannels").toString()).contains("POLICE_112", "CHILD_PROTECTION_AGENCY");
		var stored = recorded.json().get("report");
		assertThat(stored.get("channel").asString()).isEqualTo("CHILD_PROTECTION_AGENCY");
		assertThat(stored.get("reportedTo").asString()).isEqualTo("충남아동보호전문기관 상담원");
		assertThat(stored.get("reportedBy").asString())
				.isEqualTo(api.as("demo.worker").get("/api/v1/me").json().get("id").asString());
		assertThat(checks(child)).isEqualTo(1);

		var suspectedList = api.as("demo.lead").get("/api/v1/abuse-checks?office={o}&suspected=true&size=200", DemoOrg.OFFICE);
		assertThat(suspectedList.status()).isEqualTo(200);
		assertThat(suspectedList.json().get("items").toString()).contains(recorded.json().get("id").asString());
	}

	@Test
	void aChecklistWithOnlyNoAnswersNeedsNoReport() {
		var child = child("무응답아님");
		var recorded = api.as("demo.worker").post("/api/v1/abuse-checks", childCheck(child, null));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("suspected").asBoolean()).isFalse();
		assertThat(recorded.json().get("report").isNull()).isTrue();
		var mine = api.as("demo.worker").get("/api/v1/persons/{id}/abuse-checks", child);
		assertThat(mine.json().size()).isEqualTo(1);
		assertThat(mine.json().get(0).get("answers").size()).isEqualTo(CHILD_ITEMS.size());
	}

	@Test
	void everyItemMustBeAnsweredAndTheChecklistFitTheAge() {
		var child = child("미답문항");
		var body = childCheck(child, null);
		@SuppressWarnings("unchecked")
		var answers = (Map<String, Boolean>) body.get("answers");
		answers.remove("SEXUAL");
		var response = api.as("demo.worker").post("/api/v1/abuse-checks", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("answers.SEXUAL");
		assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("예 또는 아니오로 답하세요.");

		var adult = fixtures().resident("성인점검").personId();
		var adultCheck = api.as("demo.worker").post("/api/v1/abuse-checks", childCheck(adult, null));
		assertThat(adultCheck.status()).isEqualTo(422);
		assertThat(adultCheck.json().get("errors").get(0).get("message").asString()).isEqualTo("아동학대 점검표는 18세 미만 아동에게 씁니다.");

		var lists = api.as("demo.worker").get("/api/v1/abuse-checks/checklists");
		assertThat(lists.status()).isEqualTo(200);
		assertThat(lists.json().size()).isEqualTo(3);
		assertThat(lists.json().get(0).get("reportChannels").get(1).get("name").asString()).isEqualTo("아동보호전문기관");
	}

	@Test
	void checklistsAreForTheOfficesStaff() {
		var child = child("점검권한");
		var body = childCheck(child, "PHYSICAL");
		body.put("report", report("POLICE_112"));
		assertThat(api.as("demo.other").post("/api/v1/abuse-checks", body).status()).isEqualTo(404);
		assertThat(api.as("demo.resource").post("/api/v1/abuse-checks", body).status()).isEqualTo(403);
		var recorded = api.as("demo.nurse").post("/api/v1/abuse-checks", body);
		assertThat(recorded.status()).isEqualTo(201);
		var id = recorded.json().get("id").asString();
		assertThat(api.as("demo.other").get("/api/v1/abuse-checks/{id}", id).status()).isEqualTo(404);
		assertThat(api.as("demo.other").get("/api/v1/persons/{id}/abuse-checks", child).status()).isEqualTo(404);
		assertThat(api.as("demo.other").get("/api/v1/abuse-checks?office={o}", DemoOrg.OFFICE).status()).isEqualTo(404);
		assertThat(api.as("demo.resource").get("/api/v1/abuse-checks/{id}", id).status()).isEqualTo(403);
		assertThat(api.as("demo.lead").get("/api/v1/abuse-checks/{id}", id).status()).isEqualTo(200);
	}
}
