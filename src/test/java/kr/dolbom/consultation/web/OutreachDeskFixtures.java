package kr.dolbom.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;

/** Residents for the desk, checklist, monitor and health-visit tests; every call registers a new one. */
final class OutreachDeskFixtures {

	record Resident(String personId, String householdId) {
	}

	private final Api api;

	OutreachDeskFixtures(Api api) {
		this.api = api;
	}

	Resident resident(String name, String birth, char genderDigit, String office, String worker) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("rrn", CaseFixtures.newRrn(birth, genderDigit));
		body.put("address", Map.of("orgUnitCode", office, "line", "창구로 " + System.nanoTime() % 1000));
		body.put("confirmNotDuplicate", true);
		var person = api.as(worker).post("/api/v1/persons", body);
		assertThat(person.status()).as(person.body()).isEqualTo(201);
		return new Resident(person.json().get("id").asString(), person.json().get("householdId").asString());
	}

	Resident resident(String name) {
		return resident(name, "600505", '2', "4415057000", "demo.worker");
	}
}
