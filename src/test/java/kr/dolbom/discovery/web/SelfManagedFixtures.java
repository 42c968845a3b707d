package kr.dolbom.discovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import kr.dolbom.support.Api;

/** Residents of 신관동 made for the self-managed target tests (made-up, valid registration numbers). */
final class SelfManagedFixtures {

	static final String SINGWAN = "4415057000";
	static final String BUYEO = "4476025000";

	private SelfManagedFixtures() {
	}

	/** A number born 1938-07-xx, unlikely to collide with other tests' numbers. */
	static String newRrn() {
		var random = ThreadLocalRandom.current();
		return String.format("3807%02d", 1 + random.nextInt(28)) + (1 + random.nextInt(2))
				+ String.format("%06d", random.nextInt(1_000_000));
	}

	/** Registers a resident of the office (demo.worker in 신관동, demo.other in 부여군); returns {id, rrn}. */
	static Map<String, String> resident(Api api, String user, String office, String name) {
		var rrn = newRrn();
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("rrn", rrn);
		body.put("address", Map.of("orgUnitCode", office, "line", "시험로 " + rrn.substring(7)));
		body.put("confirmNotDuplicate", true);
		var created = api.as(user).post("/api/v1/persons", body);
		assertThat(created.status()).as(created.body()).isIn(200, 201);
		return Map.of("id", created.json().get("id").asString(), "rrn", rrn, "name", name);
	}
}
