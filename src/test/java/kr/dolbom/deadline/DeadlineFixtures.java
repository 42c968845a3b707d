package kr.dolbom.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import tools.jackson.databind.JsonNode;

/** Opens deadlines through the REST API for the tests of this module; every call makes its own subject. */
public final class DeadlineFixtures {

	private final Api api;

	public DeadlineFixtures(Api api) {
		this.api = api;
	}

	public static Map<String, Object> body(String subjectType, UUID subjectId, String step, Map<String, Object> anchors,
			String officeCode) {
		Map<String, Object> body = new HashMap<>();
		body.put("subjectType", subjectType);
		body.put("subjectId", subjectId.toString());
		body.put("step", step);
		body.put("anchors", anchors);
		body.put("officeCode", officeCode);
		return body;
	}

	/** Opens a step's deadline for a new case at 신관동 as demo.worker and returns the deadline. */
	public JsonNode openCaseDeadline(String step, String anchorEvent, LocalDate anchor, Map<String, Object> extra) {
		var body = body("CASE", UUID.randomUUID(), step, Map.of(anchorEvent, anchor.toString()), DemoOrg.OFFICE);
		body.putAll(extra);
		var response = api.as("demo.worker").post("/api/v1/deadlines", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	/**
	 * A Wednesday some weeks ahead whose Tuesday, Wednesday and Thursday are working days at every
	 * given office, for closures that must not meet a holiday (and stay valid whatever today is).
	 */
	public static LocalDate quietWednesday(WorkingDays workingDays, LocalDate today, String... offices) {
		var day = today.plusDays(30);
		while (true) {
			day = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
			var candidate = day;
			boolean quiet = Arrays.stream(offices).map(workingDays::calendarOf)
					.allMatch(calendar -> calendar.isWorkingDay(candidate.minusDays(1)) && calendar.isWorkingDay(candidate)
							&& calendar.isWorkingDay(candidate.plusDays(1)));
			if (quiet) {
				return candidate;
			}
			day = day.plusDays(1);
		}
	}

	public String userId(String username) {
		return api.as(username).get("/api/v1/me").json().get("id").asString();
	}

	public String teamId(String username) {
		return api.as(username).get("/api/v1/me").json().get("team").get("id").asString();
	}
}
