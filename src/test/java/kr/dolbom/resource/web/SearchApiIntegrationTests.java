package kr.dolbom.resource.web;

import static kr.dolbom.resource.web.ResourceFixtures.SINGWAN;
import static kr.dolbom.resource.web.ResourceFixtures.provider;
import static kr.dolbom.resource.web.ResourceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Appendix 7 (2): search in the own 시군구 by default, nationwide on request, as a provider →
 * services tree; and the services a person is eligible for (appendix 7 ② 서비스대상 기준).
 */
@DolbomIntegrationTest
class SearchApiIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	ResourceFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ResourceFixtures(api);
	}

	private static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("items").forEach(p -> names.add(p.get("name").asString()));
		return names;
	}

	@Test
	void theOwnDistrictIsSearchedByDefaultAndTheCountryOnRequest() {
		var local = api.as("demo.worker").get("/api/v1/resources/search?q=종합사회복지관&size=200");
		assertThat(local.status()).isEqualTo(200);
		assertThat(names(local.json())).contains("공주시종합사회복지관").doesNotContain("부여군종합사회복지관");
		var national = api.as("demo.worker").get("/api/v1/resources/search?q=종합사회복지관&scope=national&size=200");
		assertThat(names(national.json())).contains("공주시종합사회복지관", "부여군종합사회복지관");
		var region = api.as("demo.worker").get("/api/v1/resources/search?region=4476000000&size=200");
		assertThat(names(region.json())).contains("부여군종합사회복지관").doesNotContain("공주시종합사회복지관");
		var otherDistrict = api.as("demo.other").get("/api/v1/resources/search?q=종합사회복지관");
		assertThat(names(otherDistrict.json())).containsExactly("부여군종합사회복지관");
		assertThat(api.as("demo.worker").get("/api/v1/resources/search?scope=world").status()).isEqualTo(422);
	}

	@Test
	void resultsAreAProviderServicesTreeFilteredByNameCategoryAndLifeStage() {
		var bySide = api.as("demo.worker").get("/api/v1/resources/search?q=반찬&size=200").json();
		var centre = node(bySide, "공주시종합사회복지관");
		assertThat(centre.get("services").size()).isEqualTo(1);
		assertThat(centre.get("services").get(0).get("name").asString()).isEqualTo("밑반찬 배달");

		var mental = api.as("demo.worker").get("/api/v1/resources/search?category=MENTAL_HEALTH&size=200").json();
		assertThat(names(mental)).contains("공주시 정신건강복지센터").doesNotContain("공주시 푸드뱅크");
		node(mental, "공주시 정신건강복지센터").get("services")
				.forEach(s -> assertThat(s.get("category").asString()).isEqualTo("MENTAL_HEALTH"));

		var children = api.as("demo.worker").get("/api/v1/resources/search?lifeStage=CHILD&size=200").json();
		var forChildren = node(children, "공주시종합사회복지관");
		List<String> services = new ArrayList<>();
		forChildren.get("services").forEach(s -> services.add(s.get("name").asString()));
		assertThat(services).contains("방과후 학습 지도", "가족 상담").doesNotContain("밑반찬 배달");
		assertThat(names(children)).doesNotContain("공주시 노인복지관");
		assertThat(api.as("demo.worker").get("/api/v1/resources/search?category=NOPE").status()).isEqualTo(422);
	}

	@Test
	void pendingResourcesAreNotUsableAndOnlyVisibleWhereTheyBelong() {
		var name = "검색 대기기관 " + unique();
		fixtures.register("demo.worker", provider(name, SINGWAN));
		assertThat(names(api.as("demo.worker").get("/api/v1/resources/search?q=" + name).json())).isEmpty();
		assertThat(names(api.as("demo.worker").get("/api/v1/resources/search?status=PENDING&q=" + name).json()))
				.containsExactly(name);
		assertThat(names(api.as("demo.worker").get("/api/v1/resources/search?status=AVAILABLE&q=" + name).json()))
				.containsExactly(name);
		assertThat(names(api.as("demo.other")
				.get("/api/v1/resources/search?status=PENDING&scope=national&q=" + name).json())).isEmpty();
	}

	@Test
	void aPersonSeesTheServicesTheyAreEligibleForWithWhatToCheck() {
		// a 75-year-old woman living alone, 차상위
		var person = fixtures.person("자격" + unique().substring(0, 3), LocalDate.now().minusYears(75), true,
				"NEAR_POVERTY", false);
		long views = jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_id = ? AND action = 'VIEW'").param(person)
				.query(Long.class).single();
		var response = api.as("demo.worker").get("/api/v1/resources/eligible?personId=" + person);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		var json = response.json();
		assertThat(json.get("person").get("lifeStage").asString()).isEqualTo("ELDERLY");
		assertThat(json.get("person").get("householdTypes").toString()).contains("SINGLE_PERSON", "ELDERLY_ONLY");
		Map<String, String> results = new HashMap<>();
		json.get("services").forEach(s -> results.put(s.get("providerName").asString() + "/"
				+ s.get("service").get("name").asString(), s.get("result").asString()));
		assertThat(results).containsEntry("공주시종합사회복지관/밑반찬 배달", "ELIGIBLE")
				.containsEntry("공주시 노인복지관/응급안전 안심서비스", "ELIGIBLE")
				.containsEntry("공주시보건소/방문건강관리", "ELIGIBLE")
				.containsEntry("공주시가족센터/자조 모임", "CHECK")
				.doesNotContainKey("공주시종합사회복지관/방과후 학습 지도")
				.doesNotContainKey("공주지역자활센터/자활근로")
				.doesNotContainKey("공주시장애인종합복지관/장애인 활동지원")
				.doesNotContainKey("부여군종합사회복지관/밑반찬 배달");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_id = ? AND action = 'VIEW'").param(person)
				.query(Long.class).single()).isEqualTo(views + 1);

		var national = api.as("demo.worker").get("/api/v1/resources/eligible?scope=national&personId=" + person).json();
		List<String> providers = new ArrayList<>();
		national.get("services").forEach(s -> providers.add(s.get("providerName").asString()));
		assertThat(providers).contains("부여군종합사회복지관");
	}

	@Test
	void eligibilityIsAskedOnlyForPeopleInScopeByThoseWhoWorkWithThem() {
		var person = fixtures.person("범위" + unique().substring(0, 3), LocalDate.now().minusYears(30), false, "GENERAL",
				false);
		assertThat(api.as("demo.other").get("/api/v1/resources/eligible?personId=" + person).status()).isEqualTo(404);
		assertThat(api.as("demo.head").get("/api/v1/resources/eligible?personId=" + person).status()).isEqualTo(403);
		assertThat(api.as("demo.resource").get("/api/v1/resources/eligible?personId=" + person).status())
				.isEqualTo(403);
	}

	@Test
	void everyStandardServiceNameIsFoundWithoutItsSpacesAndPunctuation() {
		// the migration's name_key must be what ResourceKeys.text makes of the name, or a name is unfindable
		var rows = jdbc.sql("SELECT name, name_key FROM resource_service_name").query().listOfRows();
		assertThat(rows).hasSizeGreaterThan(50);
		rows.forEach(row -> assertThat(row.get("name_key"))
				.isEqualTo(kr.dolbom.resource.internal.ResourceKeys.text((String) row.get("name"))));
		var found = api.as("demo.worker").get("/api/v1/resources/taxonomy/service-names?q=노인맞춤 돌봄").json();
		assertThat(found.get(0).get("code").asString()).isEqualTo("CARE-01");
	}

	private static JsonNode node(JsonNode page, String name) {
		for (var item : page.get("items")) {
			if (item.get("name").asString().equals(name)) {
				return item;
			}
		}
		throw new AssertionError(name + " not in " + page);
	}
}
