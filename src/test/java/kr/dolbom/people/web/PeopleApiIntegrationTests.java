package kr.dolbom.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Issue 3 acceptance and api.md "People", through the REST API with real tokens. */
@DolbomIntegrationTest
class PeopleApiIntegrationTests {

	private static final String SINGWAN = "4415057000";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	/** Made-up numbers, valid in form, unique per test run. */
	private static int serial = 100;

	private static synchronized String newRrn(String birth, char genderDigit) {
		return birth + genderDigit + String.format("%06d", serial++);
	}

	/** domain.md §2: check = (11 − Σ digit×weight mod 11) mod 10 with weights 2…9,2…5; we take another digit. */
	private static String withWrongCheckDigit(String first12) {
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (first12.charAt(i) - '0') * weights[i];
		}
		return first12 + ((11 - sum % 11) % 10 + 1) % 10;
	}

	private static Map<String, Object> person(String name, String rrn) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("rrn", rrn);
		body.put("phone", "01012345678");
		body.put("address", Map.of("orgUnitCode", SINGWAN, "line", "충청남도 공주시 신관동 시험로 1"));
		return body;
	}

	private JsonNode register(String name, String rrn) {
		var created = api.as("demo.worker").post("/api/v1/persons", person(name, rrn));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private long personCount() {
		return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
	}

	@ParameterizedTest
	@ValueSource(strings = { "9013011234567", "900101123456", "90010112345678", "9001010234567", "9001019234567",
			"abcdefghijklm" })
	void invalidNumbersAreRefusedWith422AndNothingIsStored(String rrn) {
		long before = personCount();
		var response = api.as("demo.worker").post("/api/v1/persons", person("시험", rrn));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("rrn");
		assertThat(response.body()).doesNotContain(rrn);
		assertThat(personCount()).isEqualTo(before);
	}

	@Test
	void aNumberIssuedSince2020WithoutAValidCheckDigitIsAccepted() {
		var rrn = withWrongCheckDigit("2103054" + String.format("%05d", serial++));
		var created = api.as("demo.worker").post("/api/v1/persons", person("최신번호", rrn));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("warnings").get(0).asString()).isEqualTo("rrn-check-digit");
		assertThat(created.json().get("birthDate").asString()).isEqualTo("2021-03-05");
		assertThat(created.json().get("sex").asString()).isEqualTo("FEMALE");
		assertThat(created.json().get("rrnMasked").asString()).isEqualTo("210305-4******");
	}

	@Test
	void theDatabaseHoldsNoPlainNumber() {
		var rrn = newRrn("750505", '1');
		var id = register("평문검사", rrn).get("id").asString();
		var row = jdbc.sql("SELECT * FROM person WHERE id = CAST(? AS UUID)").param(id).query().singleRow();
		for (var value : row.values()) {
			if (value != null) {
				assertThat(value.toString()).doesNotContain(rrn).doesNotContain(rrn.substring(6));
			}
		}
		assertThat(row.get("rrn_masked")).isEqualTo("750505-1******");
		assertThat(row.get("rrn_cipher").toString()).startsWith("v1:");
	}

	@Test
	void aPersonIsFoundByNumberInTheUrlOrInTheBody() {
		var rrn = newRrn("660606", '2');
		var id = register("번호검색", rrn).get("id").asString();

		var byQuery = api.as("demo.lead").get("/api/v1/persons?rrn=" + rrn);
		assertThat(byQuery.json().get("items").get(0).get("id").asString()).isEqualTo(id);
		var byBody = api.as("demo.lead").post("/api/v1/persons/search", Map.of("rrn", rrn.substring(0, 6) + "-" + rrn.substring(6)));
		assertThat(byBody.json().get("total").asLong()).isEqualTo(1);
		assertThat(byBody.body()).doesNotContain(rrn);
		assertThat(api.as("demo.other").post("/api/v1/persons/search", Map.of("rrn", rrn)).json().get("total").asLong())
				.isZero();
	}

	@Test
	void namePrefixSearchFindsPeopleInScope() {
		register("가나다라", newRrn("880808", '1'));
		var found = api.as("demo.worker").get("/api/v1/persons?name=가나다");
		assertThat(found.status()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		found.json().get("items").forEach(p -> names.add(p.get("name").asString()));
		assertThat(names).contains("가나다라");
		assertThat(api.as("demo.other").get("/api/v1/persons?name=가나다").json().get("total").asLong()).isZero();
	}

	@Test
	void everyViewOfAPersonWritesOneAccessLogEntry() {
		var id = register("조회기록", newRrn("700707", '1')).get("id").asString();
		long before = views(id);
		assertThat(api.as("demo.worker").get("/api/v1/persons/{id}?purpose=초기상담 준비", id).status()).isEqualTo(200);
		assertThat(views(id)).isEqualTo(before + 1);
		api.as("demo.lead").get("/api/v1/persons/{id}", id);
		assertThat(views(id)).isEqualTo(before + 2);
		var purposes = jdbc.sql("SELECT purpose FROM access_log WHERE subject_id = ? AND action = 'VIEW' ORDER BY seq")
				.param(id).query(String.class).list();
		assertThat(purposes).contains("초기상담 준비");
	}

	private long views(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_type = 'PERSON' AND subject_id = ? AND action = 'VIEW'")
				.param(id).query(Long.class).single();
	}

	@Test
	void aUserOfAnotherDistrictGets404AndAWrongRoleGets403() {
		var created = register("범위검사", newRrn("690909", '2'));
		var id = created.get("id").asString();
		var household = created.get("householdId").asString();
		assertThat(api.as("demo.other").get("/api/v1/persons/{id}", id).status()).isEqualTo(404);
		assertThat(api.as("demo.other").get("/api/v1/households/{id}", household).status()).isEqualTo(404);
		assertThat(api.as("demo.admin").get("/api/v1/persons/{id}", id).status()).isEqualTo(404);
		// in scope, but supervisors and resource managers see statistics, not residents
		assertThat(api.as("demo.province").get("/api/v1/persons/{id}", id).status()).isEqualTo(403);
		assertThat(api.as("demo.resource").get("/api/v1/persons/{id}", id).status()).isEqualTo(403);
		assertThat(api.as("demo.district").get("/api/v1/persons/{id}", id).status()).isEqualTo(200);
	}

	@Test
	void registeringAKnownNumberReturnsTheExistingPerson() {
		var rrn = newRrn("610101", '1');
		var first = register("중복번호", rrn);
		var again = api.as("demo.lead").post("/api/v1/persons", person("중복번호다름", rrn));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("existing").asBoolean()).isTrue();
		assertThat(again.json().get("id").asString()).isEqualTo(first.get("id").asString());

		var elsewhere = api.as("demo.other").post("/api/v1/persons", Map.of("name", "중복번호", "rrn", rrn, "address",
				Map.of("orgUnitCode", "4476025000", "line", "부여읍")));
		assertThat(elsewhere.status()).isEqualTo(409);
		assertThat(elsewhere.json().get("code").asString()).isEqualTo("person-registered-elsewhere");
		assertThat(elsewhere.body()).doesNotContain(first.get("id").asString());
	}

	@Test
	void aSimilarNameWithTheSameBirthDateInTheOfficeIsOfferedAsAPossibleDuplicate() {
		var first = register("홍길순", newRrn("550315", '2'));
		var similar = api.as("demo.worker").post("/api/v1/persons", person("홍길선", newRrn("550315", '2')));
		assertThat(similar.status()).isEqualTo(409);
		assertThat(similar.json().get("code").asString()).isEqualTo("possible-duplicate");
		assertThat(similar.json().get("candidates").get(0).get("id").asString()).isEqualTo(first.get("id").asString());

		var body = person("홍길선", newRrn("550315", '2'));
		body.put("confirmNotDuplicate", true);
		assertThat(api.as("demo.worker").post("/api/v1/persons", body).status()).isEqualTo(201);
	}

	@Test
	void registeringOutsideOnesOfficesIsAFieldError() {
		var body = person("다른동", newRrn("770101", '1'));
		body.put("address", Map.of("orgUnitCode", "4415059000", "line", "월송동"));
		var response = api.as("demo.worker").post("/api/v1/persons", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("address.officeCode");
	}

	@Test
	void aHouseholdShowsItsMembersAndAMemberJoinsIt() {
		var head = register("가구주씨", newRrn("600101", '1'));
		var household = head.get("householdId").asString();
		Map<String, Object> member = new HashMap<>();
		member.put("name", "배우자씨");
		member.put("rrn", newRrn("620202", '2'));
		member.put("householdId", household);
		member.put("relationship", "SPOUSE");
		member.put("disabilityType", "VISUAL");
		member.put("disabilityGrade", "MILD");
		assertThat(api.as("demo.worker").post("/api/v1/persons", member).status()).isEqualTo(201);

		var view = api.as("demo.worker").get("/api/v1/households/{id}", household);
		assertThat(view.status()).isEqualTo(200);
		assertThat(view.json().get("members")).hasSize(2);
		assertThat(view.json().get("members").get(0).get("relationship").asString()).isEqualTo("HEAD");
		assertThat(view.body()).doesNotContain("rrnCipher");

		member.put("rrn", newRrn("640404", '1'));
		member.put("relationship", "HEAD");
		var secondHead = api.as("demo.worker").post("/api/v1/persons", member);
		assertThat(secondHead.status()).isEqualTo(422);
	}

	@Test
	void aMoveIsKeptInTheHistoryAndTheNewOfficeTakesOver() {
		var created = register("이사가는", newRrn("810101", '1'));
		var id = created.get("id").asString();
		var moved = api.as("demo.worker").post("/api/v1/persons/{id}/move", Map.of("version", created.get("version").asInt(),
				"address", Map.of("orgUnitCode", "4476025000", "line", "충청남도 부여군 부여읍 새주소 1"), "reason", "전출"), id);
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("officeCode").asString()).isEqualTo("4476025000");
		assertThat(api.as("demo.worker").get("/api/v1/persons/{id}", id).status()).isEqualTo(404);
		var moves = api.as("demo.other").get("/api/v1/persons/{id}/moves", id);
		assertThat(moves.json()).hasSize(2);
		assertThat(moves.json().get(0).get("toOffice").asString()).isEqualTo("4476025000");
		assertThat(moves.json().get(0).get("fromOffice").asString()).isEqualTo(SINGWAN);
	}

	@Test
	void aStaleUpdateIsRefusedWith409() {
		var created = register("동시수정", newRrn("830303", '1'));
		var id = created.get("id").asString();
		int version = created.get("version").asInt();
		assertThat(api.as("demo.worker").put("/api/v1/persons/{id}", Map.of("version", version, "name", "동시수정",
				"occupation", "농업"), id).status()).isEqualTo(200);
		var stale = api.as("demo.lead").put("/api/v1/persons/{id}", Map.of("version", version, "name", "동시수정",
				"occupation", "어업"), id);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
		assertThat(api.as("demo.worker").get("/api/v1/persons/{id}", id).json().get("occupation").asString())
				.isEqualTo("농업");
	}

	@Test
	void onlyHoldersOfThePermissionSeeTheFullNumberAndEveryRevealIsLogged() {
		var rrn = newRrn("590909", '1');
		var id = register("번호공개", rrn).get("id").asString();
		assertThat(api.as("demo.worker").post("/api/v1/persons/{id}/rrn/reveal", Map.of("purpose", "급여 신청"), id)
				.status()).isEqualTo(403);
		assertThat(api.as("demo.lead").post("/api/v1/persons/{id}/rrn/reveal", Map.of(), id).status()).isEqualTo(422);

		var revealed = api.as("demo.lead").post("/api/v1/persons/{id}/rrn/reveal", Map.of("purpose", "긴급지원 신청서 작성"), id);
		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.json().get("rrn").asString()).isEqualTo(rrn.substring(0, 6) + "-" + rrn.substring(6));
		assertThat(jdbc.sql("SELECT purpose FROM access_log WHERE subject_id = ? AND action = 'REVEAL'").param(id)
				.query(String.class).list()).containsExactly("긴급지원 신청서 작성");
	}

	@Test
	void consentsAreValidUntilWithdrawn() {
		var id = register("동의씨", newRrn("720202", '2')).get("id").asString();
		var consent = api.as("demo.worker").post("/api/v1/persons/{id}/consents",
				Map.of("scope", "CASE_MANAGEMENT", "givenOn", "2026-11-20"), id);
		assertThat(consent.status()).isEqualTo(201);
		assertThat(consent.json().get("valid").asBoolean()).isTrue();

		var withdrawn = api.as("demo.worker").perform(MockMvcRequestBuilders
				.delete("/api/v1/persons/{id}/consents/{cid}?reason=본인 요청", id, consent.json().get("id").asString()));
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.json().get("valid").asBoolean()).isFalse();
		assertThat(withdrawn.json().get("withdrawnOn").asString()).isNotBlank();

		var invalid = api.as("demo.worker").post("/api/v1/persons/{id}/consents",
				Map.of("scope", "CASE_MANAGEMENT", "givenOn", "2026-11-20", "expiresOn", "2026-01-01"), id);
		assertThat(invalid.status()).isEqualTo(422);
		var unknownScope = api.as("demo.worker").post("/api/v1/persons/{id}/consents",
				Map.of("scope", "EVERYTHING", "givenOn", "2026-11-20"), id);
		assertThat(unknownScope.status()).isEqualTo(422);
		assertThat(unknownScope.json().get("errors").get(0).get("field").asString()).isEqualTo("scope");
	}
}
