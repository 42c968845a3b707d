package kr.dolbom.discovery.web;

import static kr.dolbom.discovery.web.SelfManagedFixtures.BUYEO;
import static kr.dolbom.discovery.web.SelfManagedFixtures.SINGWAN;
import static kr.dolbom.discovery.web.SelfManagedFixtures.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Self-managed targets through the API (domain.md §6, seeds appendix 1 6): register one by one,
 * change, release, history, the 3-month no-consultation alert, and who may do what.
 */
@DolbomIntegrationTest
class SelfManagedApiIntegrationTests {

	private static final String BASE = "/api/v1/discovery/self-managed";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private static Map<String, Object> registration(Map<String, String> person, String reason) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", person.get("name"));
		body.put("rrn", person.get("rrn"));
		body.put("reason", reason);
		body.put("visitCycleMonths", 1);
		body.put("visitCount", 0);
		body.put("notes", "이웃 제보");
		return body;
	}

	private JsonNode register(Map<String, String> person) {
		var created = api.as("demo.worker").post(BASE, registration(person, "홀로 사는 어르신, 고독사 위험"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM discovery_self_managed").query(Long.class).single();
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	@Test
	void aRegisteredResidentIsRegisteredWithTheWorkerInChargeAndTheThreeMonthAlert() {
		var person = resident(api, "demo.worker", SINGWAN, "한순자");
		var target = register(person);
		assertThat(target.get("personId").asString()).isEqualTo(person.get("id"));
		assertThat(target.get("rrnMasked").asString()).endsWith("******").doesNotContain(person.get("rrn").substring(7));
		assertThat(target.get("officeCode").asString()).isEqualTo(SINGWAN);
		assertThat(target.get("assigneeName").asString()).isEqualTo("이지은"); // demo.worker, who registered
		assertThat(target.get("source").asString()).isEqualTo("SINGLE");

		var read = api.as("demo.worker").get(BASE + "/{id}", target.get("id").asString());
		assertThat(read.status()).isEqualTo(200);
		var deadlines = read.json().get("deadlines");
		assertThat(deadlines).hasSize(1);
		assertThat(deadlines.get(0).get("step").asString()).isEqualTo("SELF_MANAGED_CONTACT");
		assertThat(deadlines.get(0).get("state").asString()).isEqualTo("OPEN");
		var today = LocalDate.now(clock);
		// domain.md §5: "self-managed target | alert after 3 months without consultation | calendar"
		var due = LocalDate.parse(deadlines.get(0).get("dueOn").asString());
		assertThat(due).isBetween(today.plusMonths(3), today.plusMonths(3).plusDays(5));

		var list = api.as("demo.worker").get(BASE + "?size=200");
		assertThat(list.status()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		list.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
		assertThat(ids).contains(target.get("id").asString());
	}

	@Test
	void nameRegistrationNumberAndReasonAreRequiredAndNothingIsStored() {
		long before = count();
		var response = api.as("demo.worker").post(BASE, Map.of("visitCycleMonths", 13));
		assertThat(response.status()).isEqualTo(422);
		assertThat(fields(response)).contains("name", "rrn", "reason", "visitCycle");

		var invalid = api.as("demo.worker").post(BASE, Map.of("name", "김", "rrn", "9013011234567", "reason", "사유"));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body()).contains("생년월일").doesNotContain("9013011234567");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void someoneNotYetRegisteredNeedsAnInitialConsultationFirst() {
		// seeds appendix 1 6 ❸: "주체가 없는 대상자는 초기상담 수행 후 등록 가능"
		var response = api.as("demo.worker").post(BASE,
				Map.of("name", "처음봄", "rrn", SelfManagedFixtures.newRrn(), "reason", "이웃 제보"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(fields(response)).containsExactly("rrn");
		assertThat(response.body()).contains("초기상담");
	}

	@Test
	void theNameMustBeTheOneRegisteredWithTheNumberAndAPersonIsWatchedOnlyOnce() {
		var person = resident(api, "demo.worker", SINGWAN, "문옥자");
		var wrongName = new HashMap<>(registration(person, "사유"));
		wrongName.put("name", "문옥순");
		var response = api.as("demo.worker").post(BASE, wrongName);
		assertThat(response.status()).isEqualTo(422);
		assertThat(fields(response)).containsExactly("name");

		register(person);
		var again = api.as("demo.worker").post(BASE, registration(person, "다시"));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.body()).contains("이미 자체관리대상자");
	}

	@Test
	void changesAreVersionedAndEveryChangeIsInTheHistory() {
		var target = register(resident(api, "demo.worker", SINGWAN, "길말순"));
		var id = target.get("id").asString();
		var lead = jdbc.sql("SELECT id FROM app_user WHERE username = 'demo.lead'").query(String.class).single();
		var changed = api.as("demo.worker").put(BASE + "/{id}", Map.of("version", 0, "reason", "홀로 사는 어르신",
				"visitCycleMonths", 3, "visitCount", 2, "assigneeId", lead, "notes", "주 1회 안부 전화"), id);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("visitCycleMonths").asInt()).isEqualTo(3);
		assertThat(changed.json().get("visitCount").asInt()).isEqualTo(2);
		assertThat(changed.json().get("assigneeName").asString()).isEqualTo("박성호");
		assertThat(changed.json().get("version").asInt()).isEqualTo(1);

		var stale = api.as("demo.worker").put(BASE + "/{id}", Map.of("version", 0, "reason", "x"), id);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");

		var history = api.as("demo.worker").get(BASE + "/{id}/history", id);
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.json().get(0).get("action").asString()).isEqualTo("REGISTERED");
		var update = history.json().get(1);
		assertThat(update.get("action").asString()).isEqualTo("UPDATED");
		assertThat(update.get("detail").asString()).contains("방문주기: 1개월 → 3개월", "방문횟수: 0 → 2",
				"담당자: 이지은 → 박성호", "주 1회 안부 전화");
		assertThat(update.get("userName").asString()).isEqualTo("이지은");

		// the alert goes to the new worker
		var deadlineAssignee = jdbc.sql("SELECT assignee_id FROM deadline WHERE subject_id = :id AND state = 'OPEN'")
				.param("id", java.util.UUID.fromString(id)).query(String.class).single();
		assertThat(deadlineAssignee).isEqualTo(lead);
	}

	@Test
	void releaseNeedsAReasonStopsTheAlertAndEndsChanges() {
		var person = resident(api, "demo.worker", SINGWAN, "표말녀");
		var id = register(person).get("id").asString();
		var noReason = api.as("demo.worker").post(BASE + "/{id}/release", Map.of("version", 0), id);
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(fields(noReason)).containsExactly("releaseReason");

		var released = api.as("demo.worker").post(BASE + "/{id}/release", Map.of("version", 0, "reason", "요양원 입소"), id);
		assertThat(released.status()).as(released.body()).isEqualTo(200);
		assertThat(released.json().get("releasedOn").asString()).isEqualTo(LocalDate.now(clock).toString());
		assertThat(released.json().get("releaseReason").asString()).isEqualTo("요양원 입소");
		var deadlines = api.as("demo.worker").get(BASE + "/{id}", id).json().get("deadlines");
		assertThat(deadlines.get(0).get("state").asString()).isEqualTo("CANCELLED");

		var change = api.as("demo.worker").put(BASE + "/{id}", Map.of("version", 1, "reason", "x"), id);
		assertThat(change.status()).isEqualTo(409);
		assertThat(change.json().get("code").asString()).isEqualTo("self-managed-released");
		var history = api.as("demo.worker").get(BASE + "/{id}/history", id).json();
		assertThat(history.get(history.size() - 1).get("detail").asString()).isEqualTo("해제사유: 요양원 입소");

		// released residents may be watched again
		assertThat(register(person).get("id").asString()).isNotEqualTo(id);
		var releasedList = api.as("demo.worker").get(BASE + "?status=released&size=200");
		assertThat(releasedList.body()).contains(id);
	}

	@Test
	void aConsultationOfThePersonRenewsTheThreeMonthAlert() {
		var person = resident(api, "demo.worker", SINGWAN, "석복례");
		var id = register(person).get("id").asString();
		var today = LocalDate.now(clock);
		var consultation = api.as("demo.worker").post("/api/v1/consultations", Map.of("personId", person.get("id"),
				"kind", "MONITOR", "route", "SELF_MANAGED", "date", today.toString(), "summary", "안부 확인 방문"));
		assertThat(consultation.status()).as(consultation.body()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			var deadlines = api.as("demo.worker").get(BASE + "/{id}", id).json().get("deadlines");
			List<String> states = new ArrayList<>();
			deadlines.forEach(d -> states.add(d.get("state").asString()));
			assertThat(states).containsExactlyInAnyOrder("DONE", "OPEN");
		});
		var history = api.as("demo.worker").get(BASE + "/{id}/history", id).json();
		assertThat(history.get(history.size() - 1).get("action").asString()).isEqualTo("CONSULTED");
	}

	@Test
	void outsideTheOfficeItIsNotFoundAndWithoutTheRoleForbidden() {
		var id = register(resident(api, "demo.worker", SINGWAN, "추정임")).get("id").asString();
		// same role, other 시군구 (부여군) ⇒ 404
		assertThat(api.as("demo.other").get(BASE + "/{id}", id).status()).isEqualTo(404);
		assertThat(api.as("demo.other").get(BASE + "/{id}/history", id).status()).isEqualTo(404);
		assertThat(api.as("demo.other").put(BASE + "/{id}", Map.of("version", 0, "reason", "x"), id).status()).isEqualTo(404);
		assertThat(api.as("demo.other").post(BASE + "/{id}/release", Map.of("version", 0, "reason", "x"), id).status())
				.isEqualTo(404);
		assertThat(api.as("demo.other").get(BASE + "?size=200").body()).doesNotContain(id);
		// a 신관동 resident's number is unknown to a 부여군 worker: the same answer as a number never registered
		var singwan = resident(api, "demo.worker", SINGWAN, "봉점순");
		var fromBuyeo = api.as("demo.other").post(BASE, registration(singwan, "사유"));
		assertThat(fromBuyeo.status()).isEqualTo(422);
		assertThat(fromBuyeo.body()).contains("초기상담");
		// and their own residents are theirs
		var buyeo = resident(api, "demo.other", BUYEO, "구복희");
		assertThat(api.as("demo.other").post(BASE, registration(buyeo, "사유")).status()).isEqualTo(201);

		// in scope, without a managing role ⇒ 403; reading is allowed to the office head
		assertThat(api.as("demo.head").get(BASE + "/{id}", id).status()).isEqualTo(200);
		assertThat(api.as("demo.head").put(BASE + "/{id}", Map.of("version", 0, "reason", "x"), id).status()).isEqualTo(403);
		assertThat(api.as("demo.head").post(BASE + "/{id}/release", Map.of("version", 0, "reason", "x"), id).status())
				.isEqualTo(403);
		assertThat(api.as("demo.head").post(BASE, registration(resident(api, "demo.worker", SINGWAN, "변순례"), "사유"))
				.status()).isEqualTo(403);
		assertThat(api.as("demo.resource").get(BASE + "/{id}", id).status()).isEqualTo(403);
		assertThat(api.as("demo.resource").get(BASE).status()).isEqualTo(403);
	}
}
