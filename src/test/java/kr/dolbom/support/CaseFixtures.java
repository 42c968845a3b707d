package kr.dolbom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;

/**
 * Creates residents of the demo office with their consents and initial consultations through the
 * API, so that every case test starts from data of its own.
 */
@TestComponent
public class CaseFixtures {

	private static int serial = 500;

	private final Api api;

	CaseFixtures(Api api) {
		this.api = api;
	}

	public record Client(String personId, String householdId, String consultationId) {
	}

	public static synchronized String newRrn(String birth, char genderDigit) {
		return birth + genderDigit + String.format("%06d", serial++);
	}

	/** A resident of 신관동 with consent to case management and sharing, and an initial consultation. */
	public Client client(String name, String birth, char genderDigit) {
		return client(name, birth, genderDigit, "4415057000", "demo.worker");
	}

	public Client client(String name, String birth, char genderDigit, String office, String worker) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("rrn", newRrn(birth, genderDigit));
		body.put("address", Map.of("orgUnitCode", office, "line", "사례로 " + serial));
		body.put("confirmNotDuplicate", true);
		var person = api.as(worker).post("/api/v1/persons", body);
		assertThat(person.status()).as(person.body()).isEqualTo(201);
		var personId = person.json().get("id").asString();
		var today = LocalDate.now().toString();
		for (var scope : List.of("CASE_MANAGEMENT", "THIRD_PARTY_SHARING")) {
			assertThat(api.as(worker).post("/api/v1/persons/{id}/consents", Map.of("scope", scope, "givenOn", today),
					personId).status()).isEqualTo(201);
		}
		var consultation = api.as(worker).post("/api/v1/consultations", Map.of("personId", personId, "kind", "INITIAL",
				"route", "WALK_IN", "referredOn", today, "date", today, "summary", "생활고로 내방",
				"domains", List.of(Map.of("code", "ECONOMY", "problem", "공과금 체납", "clientPriority", 1))));
		assertThat(consultation.status()).as(consultation.body()).isEqualTo(201);
		return new Client(personId, person.json().get("householdId").asString(),
				consultation.json().get("id").asString());
	}

	public String userId(String username) {
		return api.as(username).get("/api/v1/me").json().get("id").asString();
	}
}
