package kr.dolbom.org.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

@DolbomIntegrationTest
class AdminUsersIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private Api.Response create(Map<String, Object> body) {
		return api.as("demo.admin").post("/api/v1/admin/users", body);
	}

	@Test
	void createdUsersGetATemporaryPasswordAndEveryGrantIsKeptInTheHistory() {
		var created = create(Map.of("username", "new.nurse", "name", "김간호",
				"roles", List.of(Map.of("role", "NURSE", "orgUnitCode", "4415057000"))));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("user").get("mustChangePassword").asBoolean()).isTrue();
		var id = created.json().get("user").get("id").asString();

		var granted = api.as("demo.admin").post("/api/v1/admin/users/{id}/roles",
				Map.of("role", "SOCIAL_WORKER", "orgUnitCode", "4415057000"), id);
		assertThat(granted.status()).isEqualTo(200);
		var revoked = api.as("demo.admin").post("/api/v1/admin/users/{id}/roles/revoke",
				Map.of("role", "NURSE", "orgUnitCode", "4415057000"), id);
		assertThat(revoked.json().get("roles")).hasSize(1);

		var history = jdbc.sql("SELECT change || ':' || role FROM role_grant_history WHERE user_id = CAST(? AS UUID) ORDER BY id")
				.param(id).query(String.class).list();
		assertThat(history).containsExactly("GRANTED:NURSE", "GRANTED:SOCIAL_WORKER", "REVOKED:NURSE");
	}

	@Test
	void invalidAccountsAreRefusedWith422AndNothingIsStored() {
		var response = create(Map.of("username", "X!", "name", "",
				"roles", List.of(Map.of("role", "DISTRICT_SUPPORT", "orgUnitCode", "4415057000"))));
		assertThat(response.status()).isEqualTo(422);
		List<String> fields = new ArrayList<>();
		response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).contains("username", "name", "grants");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'x!'").query(Long.class).single()).isZero();
	}

	@Test
	void aRoleMustFitTheLevelOfItsOrgUnit() {
		var response = create(Map.of("username", "wrong.level", "name", "시험",
				"roles", List.of(Map.of("role", "SOCIAL_WORKER", "orgUnitCode", "4415000000"))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("단위");
	}

	@Test
	void aPartnerCaseManagerNeedsTheirAgency() {
		var response = create(Map.of("username", "partner.two", "name", "시험",
				"roles", List.of(Map.of("role", "PARTNER_CASE_MANAGER", "orgUnitCode", "4415000000"))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("agency");
	}

	@Test
	void aTakenUsernameIsRefused() {
		var response = create(Map.of("username", "demo.worker", "name", "시험",
				"roles", List.of(Map.of("role", "SOCIAL_WORKER", "orgUnitCode", "4415057000"))));
		assertThat(response.status()).isEqualTo(422);
	}

	@Test
	void anUnknownRoleIsA422NamingTheField() {
		var response = api.as("demo.admin").postRaw("/api/v1/admin/users",
				"{\"username\":\"enum.test\",\"name\":\"x\",\"roles\":[{\"role\":\"KING\",\"orgUnitCode\":\"4415057000\"}]}");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("roles[0].role");
	}

	@Test
	void malformedJsonIsA400() {
		var response = api.as("demo.admin").postRaw("/api/v1/admin/users", "{\"username\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("malformed-request");
	}

	@Test
	void aStaleVersionIsA409() {
		var me = api.as("demo.admin").get("/api/v1/admin/users?q=demo.nurse").json().get("items").get(0);
		var id = me.get("id").asString();
		int version = me.get("version").asInt();
		// the profile update replaces the team too: keep demo.nurse in her team for the other tests
		var team = me.get("teamId").asString();
		var first = api.as("demo.admin").put("/api/v1/admin/users/{id}",
				Map.of("name", "최은영", "teamId", team, "version", version), id);
		assertThat(first.status()).isEqualTo(200);
		var second = api.as("demo.admin").put("/api/v1/admin/users/{id}",
				Map.of("name", "최은영", "teamId", team, "version", version), id);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("code").asString()).isEqualTo("stale-version");
	}

	@Test
	void aTokenRequestWithoutPasswordIsA422() {
		var response = api.anonymous().post("/api/v1/auth/token", Map.of("username", "demo.worker"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
	}
}
