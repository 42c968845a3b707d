package kr.dolbom.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.WorkingDays;
import kr.dolbom.deadline.internal.DeadlineSweep;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The counselling desk (종합상담, manual 1-2 ①: "타 기관 서비스 필요 시 해당 기관 담당자에게 연계 및
 * 사후확인"; domain.md §3.1 "at least one follow-up check (사후확인) of every external referral", §5
 * "external referral check (desk): 10 days after the referral, working"): every external referral
 * opens a REFERRAL_CHECK deadline that stays in the work queue, overdue after its due date, until
 * the check is recorded.
 */
@DolbomIntegrationTest
class DeskReferralIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Clock clock;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	private OutreachDeskFixtures fixtures() {
		return new OutreachDeskFixtures(api);
	}

	static Map<String, Object> externalReferral(String agency) {
		Map<String, Object> referral = new HashMap<>();
		referral.put("agency", agency);
		referral.put("service", "취업성공패키지 상담");
		referral.put("documents", "신분증, 구직신청서");
		referral.put("procedure", "센터 방문 후 상담 예약, 2주 안에 첫 상담");
		referral.put("contactName", "김담당");
		referral.put("contactPhone", "041-850-0000");
		return referral;
	}

	static Map<String, Object> desk(String personId, LocalDate date, List<Map<String, Object>> referrals) {
		Map<String, Object> body = new HashMap<>();
		body.put("personId", personId);
		body.put("date", date.toString());
		body.put("recordsChecked", true);
		body.put("consentToRecord", true);
		body.put("welfareTopics", List.of("BENEFITS"));
		body.put("otherTopics", List.of("EMPLOYMENT", "HOUSING"));
		body.put("internalReferrals", List.of("BENEFIT_APPLICATION"));
		body.put("internalNote", "주거급여 신청 안내");
		body.put("summary", "실직 후 생계·주거 상담");
		body.put("externalReferrals", referrals);
		return body;
	}

	private static JsonNode queueItem(JsonNode queue, String deadlineId) {
		for (var item : queue) {
			if (item.get("deadlineId").asString().equals(deadlineId)) {
				return item;
			}
		}
		return null;
	}

	private long referralCount() {
		return jdbc.sql("SELECT COUNT(*) FROM desk_referral").query(Long.class).single();
	}

	@Test
	void anExternalReferralWithoutItsFollowUpCheckIsOverdueInTheWorkQueueAfterItsDeadline() {
		var resident = fixtures().resident("창구내방");
		var today = LocalDate.now(clock);
		var referredOn = today.minusDays(30);
		var recorded = api.as("demo.worker").post("/api/v1/desk-consultations",
				desk(resident.personId(), referredOn, List.of(externalReferral("공주고용복지플러스센터"))));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		var referral = recorded.json().get("externalReferrals").get(0);
		var followUp = referral.get("followUp");
		assertThat(followUp.get("step").asString()).isEqualTo("REFERRAL_CHECK");
		// 10 working days after the referral (the referral day itself is not counted)
		var expectedDue = workingDays.after(DemoOrg.OFFICE, referredOn, 10, PeriodUnit.WORKING_DAYS);
		assertThat(followUp.get("dueOn").asString()).isEqualTo(expectedDue.toString());
		assertThat(expectedDue).isBefore(today);

		// the daily sweep marks it overdue; the work queue shows it overdue
		sweep.run(today, DeadlineSweep.TriggerKind.MANUAL, "test", null);
		var deadlineId = followUp.get("id").asString();
		assertThat(jdbc.sql("SELECT overdue FROM deadline WHERE id = CAST(? AS UUID)").param(deadlineId).query(Boolean.class)
				.single()).isTrue();
		var item = queueItem(api.as("demo.worker").get("/api/v1/work-queue?assignee=me").json(), deadlineId);
		assertThat(item).as("in the worker's queue").isNotNull();
		assertThat(item.get("step").asString()).isEqualTo("REFERRAL_CHECK");
		assertThat(item.get("overdue").asBoolean()).isTrue();
		assertThat(item.get("person").get("id").asString()).isEqualTo(resident.personId());
		assertThat(queueItem(api.as("demo.lead").get("/api/v1/work-queue?assignee=team").json(), deadlineId)).isNotNull();
		var open = api.as("demo.worker").get("/api/v1/referrals?office={o}&open=true&size=200", DemoOrg.OFFICE);
		assertThat(open.status()).isEqualTo(200);
		List<String> openIds = new ArrayList<>();
		open.json().get("items").forEach(r -> openIds.add(r.get("id").asString()));
		assertThat(openIds).contains(referral.get("id").asString());

		// the follow-up check completes it and takes it off the queue
		var check = api.as("demo.worker").post("/api/v1/referrals/{id}/check", Map.of("checkedOn", today.toString(),
				"method", "PHONE", "outcome", "SERVICE_STARTED", "note", "센터 첫 상담 완료, 구직활동 중"),
				referral.get("id").asString());
		assertThat(check.status()).as(check.body()).isEqualTo(200);
		assertThat(check.json().get("followUp").get("state").asString()).isEqualTo("DONE");
		assertThat(check.json().get("check").get("outcome").asString()).isEqualTo("SERVICE_STARTED");
		assertThat(queueItem(api.as("demo.worker").get("/api/v1/work-queue?assignee=me").json(), deadlineId)).isNull();
		var again = api.as("demo.worker").post("/api/v1/referrals/{id}/check", Map.of("checkedOn", today.toString(),
				"method", "PHONE", "outcome", "SERVICE_STARTED", "note", "다시"), referral.get("id").asString());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("referral-already-checked");
	}

	@Test
	void aReferralMadeTodayWaitsInTheQueueWithoutBeingOverdue() {
		var resident = fixtures().resident("오늘의뢰");
		var today = LocalDate.now(clock);
		var recorded = api.as("demo.admin-team").post("/api/v1/desk-consultations",
				desk(resident.personId(), today, List.of(externalReferral("공주시 주거복지센터"), externalReferral("신용회복위원회"))));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("externalReferrals").size()).isEqualTo(2);
		var deadlineId = recorded.json().get("externalReferrals").get(0).get("followUp").get("id").asString();
		var item = queueItem(api.as("demo.admin-team").get("/api/v1/work-queue?assignee=me").json(), deadlineId);
		assertThat(item).isNotNull();
		assertThat(item.get("overdue").asBoolean()).isFalse();
		var view = api.as("demo.worker").get("/api/v1/desk-consultations/{id}",
				recorded.json().get("consultationId").asString());
		assertThat(view.status()).isEqualTo(200);
		assertThat(view.json().get("welfareTopics").get(0).asString()).isEqualTo("BENEFITS");
		assertThat(view.json().get("otherTopics").size()).isEqualTo(2);
		assertThat(view.json().get("internalReferrals").get(0).asString()).isEqualTo("BENEFIT_APPLICATION");
		var consultation = api.as("demo.worker").get("/api/v1/consultations/{id}",
				recorded.json().get("consultationId").asString());
		assertThat(consultation.json().get("kind").asString()).isEqualTo("DESK");
		assertThat(consultation.json().get("route").asString()).isEqualTo("WALK_IN");
		var list = api.as("demo.worker").get("/api/v1/desk-consultations?office={o}&size=200", DemoOrg.OFFICE);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("total").asLong()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void nothingIsStoredWithoutConsentTopicsOrTheReferralsDetails() {
		var resident = fixtures().resident("창구검증");
		var before = referralCount();
		var body = desk(resident.personId(), LocalDate.now(clock), List.of(Map.of("agency", "어딘가")));
		body.put("consentToRecord", false);
		body.put("welfareTopics", List.of());
		body.put("otherTopics", List.of());
		var response = api.as("demo.worker").post("/api/v1/desk-consultations", body);
		assertThat(response.status()).isEqualTo(422);
		Map<String, String> errors = new HashMap<>();
		response.json().get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
		assertThat(errors).containsEntry("consentToRecord", "개인정보 수집·이용 안내와 상담 기록 동의를 받아야 기록할 수 있습니다.")
				.containsEntry("topics", "상담한 주제를 하나 이상 고르세요 (복지 또는 비복지).")
				.containsKeys("externalReferrals[0].documents", "externalReferrals[0].procedure",
						"externalReferrals[0].contactName", "externalReferrals[0].contactPhone");
		assertThat(referralCount()).isEqualTo(before);

		var recorded = api.as("demo.worker").post("/api/v1/desk-consultations",
				desk(resident.personId(), LocalDate.now(clock), List.of(externalReferral("공주시정신건강복지센터"))));
		var referralId = recorded.json().get("externalReferrals").get(0).get("id").asString();
		var early = api.as("demo.worker").post("/api/v1/referrals/{id}/check", Map.of("checkedOn",
				LocalDate.now(clock).minusDays(1).toString(), "method", "PHONE", "outcome", "IN_PROGRESS", "note", "처리 중"),
				referralId);
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.json().get("errors").get(0).get("message").asString()).isEqualTo("사후확인일은 의뢰일보다 앞설 수 없습니다.");
	}

	@Test
	void theDeskAndItsReferralsAreForTheOfficesStaff() {
		var resident = fixtures().resident("창구권한");
		var today = LocalDate.now(clock);
		var body = desk(resident.personId(), today, List.of(externalReferral("공주시 노인복지관")));
		// out of scope: 404
		assertThat(api.as("demo.other").post("/api/v1/desk-consultations", body).status()).isEqualTo(404);
		// in scope, wrong role: 403
		assertThat(api.as("demo.resource").post("/api/v1/desk-consultations", body).status()).isEqualTo(403);
		var recorded = api.as("demo.worker").post("/api/v1/desk-consultations", body);
		assertThat(recorded.status()).isEqualTo(201);
		var consultationId = recorded.json().get("consultationId").asString();
		var referralId = recorded.json().get("externalReferrals").get(0).get("id").asString();
		var check = Map.of("checkedOn", today.toString(), "method", "PHONE", "outcome", "IN_PROGRESS", "note", "접수됨");
		assertThat(api.as("demo.other").get("/api/v1/desk-consultations/{id}", consultationId).status()).isEqualTo(404);
		assertThat(api.as("demo.other").get("/api/v1/referrals/{id}", referralId).status()).isEqualTo(404);
		assertThat(api.as("demo.other").post("/api/v1/referrals/{id}/check", check, referralId).status()).isEqualTo(404);
		assertThat(api.as("demo.other").get("/api/v1/referrals?office={o}", DemoOrg.OFFICE).status()).isEqualTo(404);
		assertThat(api.as("demo.resource").get("/api/v1/referrals/{id}", referralId).status()).isEqualTo(403);
		assertThat(api.as("demo.resource").post("/api/v1/referrals/{id}/check", check, referralId).status()).isEqualTo(403);
		assertThat(api.as("demo.lead").get("/api/v1/referrals/{id}", referralId).status()).isEqualTo(200);
		assertThat(api.as("demo.lead").post("/api/v1/referrals/{id}/check", check, referralId).status()).isEqualTo(200);
	}
}
