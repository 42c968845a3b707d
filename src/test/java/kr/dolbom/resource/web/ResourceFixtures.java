package kr.dolbom.resource.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.security.crypto.password.PasswordEncoder;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.UserId;
import kr.dolbom.org.internal.Account;
import kr.dolbom.org.internal.JdbcAccounts;
import kr.dolbom.shared.Ids;
import kr.dolbom.support.Api;
import tools.jackson.databind.JsonNode;

/** Test records of the resource tests: each test makes its own providers, services and persons. */
final class ResourceFixtures {

	static final String GONGJU = DemoOrg.DISTRICT;
	static final String SINGWAN = DemoOrg.OFFICE;
	static final String BUYEO = DemoOrg.OTHER_DISTRICT;
	static final String BUYEO_OFFICE = DemoOrg.OTHER_OFFICE;
	/** A resource manager of 부여군, created by the tests (there is none among the demo users). */
	static final String BUYEO_MANAGER = "test.buyeo-resource";

	private final Api api;

	ResourceFixtures(Api api) {
		this.api = api;
	}

	static String unique() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L));
	}

	static String businessNumber() {
		return String.format("%03d-%02d-%05d", ThreadLocalRandom.current().nextInt(100, 999),
				ThreadLocalRandom.current().nextInt(10, 99), ThreadLocalRandom.current().nextInt(10000, 99999));
	}

	static String phone() {
		return String.format("044-%03d-%04d", ThreadLocalRandom.current().nextInt(200, 999),
				ThreadLocalRandom.current().nextInt(1000, 9999));
	}

	static Map<String, Object> provider(String name, String unit) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("businessNumber", businessNumber());
		body.put("phone", phone());
		body.put("address", "충청남도 시험로 " + unique());
		body.put("orgUnitCode", unit);
		body.put("type", "PRIVATE");
		body.put("contactMobile", "010-5555-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000)));
		return body;
	}

	JsonNode register(String user, Map<String, Object> body) {
		var created = api.as(user).post("/api/v1/resources/providers", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	/** A provider registered by demo.worker and approved by demo.resource (공주시). */
	String approvedProvider(String name) {
		var id = register("demo.worker", provider(name + " " + unique(), SINGWAN)).get("id").asString();
		var approved = api.as("demo.resource").post("/api/v1/resources/providers/{id}/approve", null, id);
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		return id;
	}

	String addService(String user, String providerId, String name, Map<String, Object> eligibility, Integer capacity) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		if (eligibility != null) {
			body.put("eligibility", eligibility);
		}
		if (capacity != null) {
			body.put("capacity", capacity);
		}
		var created = api.as(user).post("/api/v1/resources/providers/{id}/services", body, providerId);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** A person of 신관동 registered by demo.worker, optionally with a consent to case management. */
	String person(String name, LocalDate birth, boolean female, String incomeClass, boolean consent) {
		return person("demo.worker", SINGWAN, name, birth, female, incomeClass, consent);
	}

	String person(String user, String office, String name, LocalDate birth, boolean female, String incomeClass,
			boolean consent) {
		int century = birth.getYear() >= 2000 ? 2 : 0;
		var rrn = String.format("%02d%02d%02d%d%06d", birth.getYear() % 100, birth.getMonthValue(),
				birth.getDayOfMonth(), (female ? 2 : 1) + century, ThreadLocalRandom.current().nextInt(1_000_000));
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("rrn", rrn);
		body.put("address", Map.of("orgUnitCode", office, "line", "시험 주소 " + unique()));
		body.put("incomeClass", incomeClass);
		body.put("confirmNotDuplicate", true);
		var created = api.as(user).post("/api/v1/persons", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var id = created.json().get("id").asString();
		if (consent) {
			var given = api.as(user).post("/api/v1/persons/{id}/consents",
					Map.of("scope", "CASE_MANAGEMENT", "givenOn", LocalDate.now().minusDays(1).toString()), id);
			assertThat(given.status()).as(given.body()).isEqualTo(201);
		}
		return id;
	}

	/** The 부여군 resource manager, created once per database. */
	static synchronized void ensureBuyeoManager(JdbcAccounts accounts, PasswordEncoder passwords) {
		if (accounts.usernameTaken(BUYEO_MANAGER)) {
			return;
		}
		var id = new UserId(Ids.newId());
		accounts.insert(new Account(id, BUYEO_MANAGER, "부여자원", passwords.encode(DemoOrg.PASSWORD), null, null, true,
				false, 0, false, 0, null, OffsetDateTime.now(), 0, List.of(), Set.of()));
		accounts.grant(id, new RoleGrant(Role.RESOURCE_MANAGER, BUYEO));
	}
}
