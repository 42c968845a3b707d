package kr.dolbom.org.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/** api.md "Conventions" (token login, 401, 423) and quality.md (lock after 5 consecutive failures). */
@DolbomIntegrationTest
class AuthenticationIntegrationTests {

	@Autowired
	Api api;

	@Test
	void aDemoUserGetsABearerTokenThatOpensTheApi() {
		var login = api.login("demo.worker", "Demo-2026!");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.json().get("token").asString()).isNotBlank();
		assertThat(login.json().get("expiresAt").asString()).isNotBlank();

		var me = api.withToken(login.json().get("token").asString()).get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo("demo.worker");
		assertThat(me.json().get("roles").get(0).asString()).isEqualTo("SOCIAL_WORKER");
		assertThat(me.json().get("orgUnit").get("code").asString()).isEqualTo("4415057000");
		assertThat(me.json().get("scope").get(0).asString()).isEqualTo("4415057000");
	}

	@Test
	void wrongCredentialsAnswer401AsAProblem() {
		var login = api.login("demo.nurse", "wrong-password");
		assertThat(login.status()).isEqualTo(401);
		assertThat(login.contentType()).startsWith("application/problem+json");
		assertThat(login.json().get("code").asString()).isEqualTo("bad-credentials");
	}

	@Test
	void anUnknownUserLooksLikeAWrongPassword() {
		var login = api.login("nobody.here", "Demo-2026!");
		assertThat(login.status()).isEqualTo(401);
		assertThat(login.json().get("code").asString()).isEqualTo("bad-credentials");
	}

	@Test
	void theApiWithoutTokenOrWithAForgedTokenAnswers401() {
		assertThat(api.anonymous().get("/api/v1/me").status()).isEqualTo(401);
		var forged = api.withToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/me");
		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.json().get("code").asString()).isEqualTo("unauthenticated");
	}

	@Test
	void fiveConsecutiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
		var user = newUser("lock.test");
		var password = user.get("temporaryPassword");
		// the temporary password must be changed in the web UI before the API issues tokens
		assertThat(api.login("lock.test", password).json().get("code").asString()).isEqualTo("password-change-required");

		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(api.login("lock.test", "Wrong-Pass-" + attempt).status()).as("attempt %d", attempt).isEqualTo(401);
		}
		var locked = api.login("lock.test", password);
		assertThat(locked.status()).isEqualTo(423);
		assertThat(locked.json().get("code").asString()).isEqualTo("account-locked");

		var unlocked = api.as("demo.admin").post("/api/v1/admin/users/{id}/unlock", null, user.get("id"));
		assertThat(unlocked.status()).isEqualTo(200);
		assertThat(unlocked.json().get("locked").asBoolean()).isFalse();
		assertThat(api.login("lock.test", password).json().get("code").asString()).isEqualTo("password-change-required");
	}

	@Test
	void aFailureCountResetsAfterASuccessfulLogin() {
		var user = newUser("reset.count");
		var password = user.get("temporaryPassword");
		for (int round = 0; round < 3; round++) {
			for (int attempt = 0; attempt < 4; attempt++) {
				api.login("reset.count", "Wrong-Pass-1");
			}
			assertThat(api.login("reset.count", password).status()).isNotEqualTo(423);
		}
	}

	@Test
	void lockingAnAccountRevokesItsTokensAtOnce() {
		var token = api.tokenFor("demo.head", "Demo-2026!");
		assertThat(api.withToken(token).get("/api/v1/me").status()).isEqualTo(200);
		var id = api.withToken(token).get("/api/v1/me").json().get("id").asString();
		try {
			assertThat(api.as("demo.admin").post("/api/v1/admin/users/{id}/lock", null, id).status()).isEqualTo(200);
			assertThat(api.withToken(token).get("/api/v1/me").status()).isEqualTo(401);
			assertThat(api.login("demo.head", "Demo-2026!").status()).isEqualTo(423);
		}
		finally {
			api.as("demo.admin").post("/api/v1/admin/users/{id}/unlock", null, id);
			api.forget("demo.head");
		}
		assertThat(api.login("demo.head", "Demo-2026!").status()).isEqualTo(200);
	}

	private Map<String, String> newUser(String username) {
		var created = api.as("demo.admin").post("/api/v1/admin/users", Map.of("username", username, "name", "시험 사용자",
				"roles", List.of(Map.of("role", "SOCIAL_WORKER", "orgUnitCode", "4415059000"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return Map.of("id", created.json().get("user").get("id").asString(), "temporaryPassword",
				created.json().get("temporaryPassword").asString());
	}
}
