package kr.dolbom.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;
import kr.dolbom.support.Downloaded;

/**
 * Issue 9: the initial consultation sheet (manual 1-2 ④ ②) is printed with the household members
 * registered at the address and empty lines to write on; one PRINT entry per print; the person's
 * authorisation applies.
 */
@DolbomIntegrationTest
class InitialConsultationSheetIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long prints(String personId) {
		return jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_type = 'PERSON' AND subject_id = ? AND action = 'PRINT'")
				.param(personId).query(Long.class).single();
	}

	private Map<String, Object> person(String name, String rrn, String householdId) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("rrn", rrn);
		body.put("address", Map.of("orgUnitCode", "4415057000", "line", "상담지로 7"));
		body.put("confirmNotDuplicate", true);
		if (householdId != null) {
			body.put("householdId", householdId);
		}
		return body;
	}

	@Test
	void theSheetIsPrefilledWithTheHouseholdMembersAndLeavesLinesToWriteOn() throws IOException {
		var head = person("상담지가장", CaseFixtures.newRrn("700303", '1'), null);
		head.put("phone", "010-3456-7890");
		head.put("occupation", "일용직 건설 노동");
		head.put("healthStatus", "POOR");
		var created = api.as("demo.worker").post("/api/v1/persons", head);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var personId = created.json().get("id").asString();
		var child = person("상담지자녀", CaseFixtures.newRrn("150505", '4'), created.json().get("householdId").asString());
		child.put("relationship", "CHILD");
		child.put("education", "ELEMENTARY");
		assertThat(api.as("demo.worker").post("/api/v1/persons", child).status()).isEqualTo(201);

		var sheet = Downloaded.get(mvc, api.tokenFor("demo.worker", DemoOrg.PASSWORD), null,
				"/api/v1/persons/{id}/forms/initial-consultation.pdf", personId);
		assertThat(sheet.status()).isEqualTo(200);
		assertThat(sheet.contentType()).isEqualTo("application/pdf");
		var dir = Path.of("target", "printed-forms");
		Files.createDirectories(dir);
		Files.write(dir.resolve("initial-consultation.pdf"), sheet.bytes());
		// narrow table cells wrap their text onto several lines: compare without white space
		var text = sheet.pdfText().replaceAll("\\s+", "");
		assertThat(text).contains("초기상담지", "상담지가장", "상담지자녀", "010-3456-7890", "일용직건설노동", "나쁨", "자녀",
				"초등학교", "가구원현황(주민등록등재2명", "경제", "돌봄", "문화및여가", "본인우선순위", "대상자가원하는도움",
				"의뢰사유·동기", "내방", "복지사각지대발굴", "충청남도공주시신관동");
		assertThat(prints(personId)).isEqualTo(1);

		var token = api.tokenFor("demo.other", DemoOrg.PASSWORD);
		assertThat(Downloaded.get(mvc, token, null, "/api/v1/persons/{id}/forms/initial-consultation.pdf", personId)
				.status()).isEqualTo(404);
		assertThat(Downloaded.get(mvc, api.tokenFor("demo.province", DemoOrg.PASSWORD), null,
				"/api/v1/persons/{id}/forms/initial-consultation.pdf", personId).status()).isEqualTo(403);
		assertThat(prints(personId)).isEqualTo(1);
	}
}
