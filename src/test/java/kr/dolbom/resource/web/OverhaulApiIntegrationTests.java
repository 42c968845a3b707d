package kr.dolbom.resource.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Appendix 7 (5) 복지자원 일제정비: "중앙자원관리자의 일제정비 사업 시작일 외에는 정비 시작 불가";
 * each 시군구 starts, works through 정비권장 대상목록 (제공주체 정보, 제공량 초과, 미활용 제공 서비스)
 * and completes. One test, because the window it opens is shared by the whole database.
 */
@DolbomIntegrationTest
class OverhaulApiIntegrationTests {

	@Autowired
	Api api;

	private static List<String> reasonsFor(JsonNode items, String providerName) {
		List<String> reasons = new ArrayList<>();
		items.forEach(i -> {
			if (i.get("provider").get("name").asString().equals(providerName)) {
				reasons.add(i.get("reason").asString());
			}
		});
		return reasons;
	}

	@Test
	void theCentreOpensAWindowAndEachDistrictStartsWorksThroughTheListAndCompletes() {
		var today = LocalDate.now();
		Map<String, Object> window = Map.of("title", "2026년 하반기 복지자원 일제정비", "startsOn", today.minusDays(1).toString(),
				"endsOn", today.plusDays(30).toString());
		assertThat(api.as("demo.resource").post("/api/v1/resources/overhauls", window).status()).isEqualTo(403);
		assertThat(api.as("demo.admin").post("/api/v1/resources/overhauls",
				Map.of("title", "거꾸로", "startsOn", today.toString(), "endsOn", today.minusDays(3).toString())).status())
				.isEqualTo(422);
		var opened = api.as("demo.admin").post("/api/v1/resources/overhauls", window);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		var id = opened.json().get("id").asString();
		var overlapping = api.as("demo.admin").post("/api/v1/resources/overhauls",
				Map.of("title", "겹침", "startsOn", today.plusDays(10).toString(), "endsOn", today.plusDays(40).toString()));
		assertThat(overlapping.json().get("code").asString()).isEqualTo("overhaul-window-overlaps");

		var notStarted = api.as("demo.resource").get("/api/v1/resources/overhauls/{id}/recommended", id);
		assertThat(notStarted.json().get("code").asString()).isEqualTo("overhaul-not-started");
		assertThat(api.as("demo.worker").post("/api/v1/resources/overhauls/{id}/start", null, id).status())
				.isEqualTo(403);
		assertThat(api.as("demo.resource").post("/api/v1/resources/overhauls/{id}/start?district=4476000000", null, id)
				.status()).isEqualTo(403);

		var windows = api.as("demo.resource").get("/api/v1/resources/overhauls").json();
		assertThat(windows.get(0).get("districts").get(0).get("canStart").asBoolean()).isTrue();
		var started = api.as("demo.resource").post("/api/v1/resources/overhauls/{id}/start", null, id);
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		assertThat(started.json().get("districtCode").asString()).isEqualTo("4415000000");
		assertThat(api.as("demo.resource").post("/api/v1/resources/overhauls/{id}/start", null, id).json().get("code")
				.asString()).isEqualTo("overhaul-already-started");

		var items = api.as("demo.resource").get("/api/v1/resources/overhauls/{id}/recommended", id).json();
		// the demo self-sufficiency centre was not touched for two years; many demo services were never linked
		assertThat(reasonsFor(items, "공주지역자활센터")).contains("STALE", "NEVER_LINKED");
		assertThat(reasonsFor(items, "부여군종합사회복지관")).isEmpty();

		String selfSufficiency = null;
		for (var item : items) {
			if (item.get("provider").get("name").asString().equals("공주지역자활센터")) {
				selfSufficiency = item.get("provider").get("id").asString();
			}
		}
		assertThat(api.as("demo.worker").post("/api/v1/resources/overhauls/{id}/providers/{p}/confirm", null, id,
				selfSufficiency).status()).isEqualTo(403);
		var confirmed = api.as("demo.resource").post("/api/v1/resources/overhauls/{id}/providers/{p}/confirm", null, id,
				selfSufficiency);
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		var after = api.as("demo.resource").get("/api/v1/resources/overhauls/{id}/recommended", id).json();
		assertThat(reasonsFor(after, "공주지역자활센터")).doesNotContain("STALE").contains("NEVER_LINKED");
		var history = api.as("demo.resource").get("/api/v1/resources/providers/{p}", selfSufficiency).json()
				.get("history");
		assertThat(history.get(history.size() - 1).get("action").asString()).isEqualTo("VERIFIED");

		var completed = api.as("demo.resource").post("/api/v1/resources/overhauls/{id}/complete", null, id);
		assertThat(completed.json().get("completedAt").isNull()).isFalse();
		assertThat(api.as("demo.resource").post("/api/v1/resources/overhauls/{id}/complete", null, id).json().get("code")
				.asString()).isEqualTo("overhaul-completed");

		// a later window cannot be started before its first day
		var later = api.as("demo.admin").post("/api/v1/resources/overhauls", Map.of("title", "다음 정비", "startsOn",
				today.plusDays(60).toString(), "endsOn", today.plusDays(90).toString()));
		assertThat(later.status()).isEqualTo(201);
		var early = api.as("demo.resource").post("/api/v1/resources/overhauls/{id}/start", null,
				later.json().get("id").asString());
		assertThat(early.json().get("code").asString()).isEqualTo("overhaul-window-not-open");
	}
}
