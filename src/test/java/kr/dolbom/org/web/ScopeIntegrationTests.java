package kr.dolbom.org.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * api.md "Scope": outside the caller's org scope is 404 exactly as a missing resource; in scope
 * without the role is 403.
 */
@DolbomIntegrationTest
class ScopeIntegrationTests {

	@Autowired
	Api api;

	private static List<String> codes(JsonNode array) {
		List<String> codes = new ArrayList<>();
		array.forEach(n -> codes.add(n.get("code").asString()));
		return codes;
	}

	@Test
	void anOfficeUserGets404ForAnotherDistrictsOrgData() {
		var worker = api.as("demo.worker");
		var otherDistrict = worker.get("/api/v1/org-units?parent=4476000000");
		assertThat(otherDistrict.status()).isEqualTo(404);
		assertThat(otherDistrict.json().get("code").asString()).isEqualTo("not-found");
		assertThat(worker.get("/api/v1/org-units/4476025000").status()).isEqualTo(404);
		assertThat(worker.get("/api/v1/org-units/4476025000/teams").status()).isEqualTo(404);
		// a code that does not exist at all answers the same
		assertThat(worker.get("/api/v1/org-units/9999999999").status()).isEqualTo(404);
	}

	@Test
	void anOfficeUserSeesTheirOfficeAndItsAncestorsOnly() {
		var worker = api.as("demo.worker");
		assertThat(codes(worker.get("/api/v1/org-units").json())).containsExactly("4400000000");
		assertThat(codes(worker.get("/api/v1/org-units?parent=4400000000").json())).containsExactly("4415000000");
		assertThat(codes(worker.get("/api/v1/org-units?parent=4415000000").json())).containsExactly("4415057000");
		assertThat(worker.get("/api/v1/org-units/4415059000").status()).isEqualTo(404);
	}

	@Test
	void theDistrictSupportGroupSeesAllSixteenOfficesOfGongju() {
		var district = api.as("demo.district");
		var offices = district.get("/api/v1/org-units?parent=4415000000");
		assertThat(offices.status()).isEqualTo(200);
		assertThat(codes(offices.json())).hasSize(16).contains("4415057000", "4415059000", "4415025000");
		assertThat(district.get("/api/v1/org-units?parent=4476000000").status()).isEqualTo(404);
	}

	@Test
	void theProvinceSupervisorSeesEveryDistrictOfChungnam() {
		var province = api.as("demo.province");
		var districts = codes(province.get("/api/v1/org-units?parent=4400000000").json());
		assertThat(districts).contains("4415000000", "4476000000").hasSizeGreaterThan(10);
		assertThat(province.get("/api/v1/org-units?parent=1100000000").status()).isEqualTo(404);
	}

	@Test
	void teamsOfAnOfficeShowTheirModelAndOffices() {
		var teams = api.as("demo.worker").get("/api/v1/org-units/4415057000/teams");
		assertThat(teams.status()).isEqualTo(200);
		List<String> models = new ArrayList<>();
		teams.json().forEach(t -> models.add(t.get("kind").asString() + ":" + t.get("model").asString("")));
		assertThat(models).contains("OUTREACH:BASIC", "WELFARE_ADMIN:");
	}

	@Test
	void officeUsersGet403ForAdministration() {
		for (var username : List.of("demo.worker", "demo.lead", "demo.district", "demo.province", "demo.partner")) {
			var response = api.as(username).get("/api/v1/admin/users");
			assertThat(response.status()).as(username).isEqualTo(403);
			assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
		}
		assertThat(api.as("demo.worker").post("/api/v1/admin/users", Map.of("username", "x")).status())
				.isEqualTo(403);
	}

	@Test
	void theAdministratorListsUsers() {
		var users = api.as("demo.admin").get("/api/v1/admin/users?q=demo&size=50");
		assertThat(users.status()).isEqualTo(200);
		assertThat(users.json().get("total").asLong()).isGreaterThanOrEqualTo(11);
		assertThat(users.json().get("page").asInt()).isZero();
	}
}
