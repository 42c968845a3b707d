package kr.dolbom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import kr.dolbom.support.Downloaded;

/**
 * Issue 9: "엑셀 내려받기" of the list pages (cases, work queue, resident search) — the rows of the
 * page in the caller's scope, formula injection neutralised, the stamp of who exported what when and
 * why, and one EXPORT entry of the access log per row with the stated purpose.
 */
@DolbomIntegrationTest
class ExportIntegrationTests {

	private static final String INJECTED = "=HYPERLINK(\"http://evil.example\",\"열기\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private final String today = LocalDate.now().toString();

	private Cookie login(String username) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password("Demo-2026!")).andReturn().getResponse()
				.getCookie("SESSION");
	}

	private long exports(String subjectId, String purpose) {
		return jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_id = ? AND action = 'EXPORT' AND purpose = ?")
				.params(subjectId, purpose).query(Long.class).single();
	}

	private long exportsWith(String purpose) {
		return jdbc.sql("SELECT COUNT(*) FROM access_log WHERE action = 'EXPORT' AND purpose = ?").param(purpose)
				.query(Long.class).single();
	}

	private static List<String> column(Sheet sheet, int column) {
		var formatter = new DataFormatter();
		List<String> values = new ArrayList<>();
		for (var row : sheet) {
			if (row.getCell(column) != null) {
				values.add(formatter.formatCellValue(row.getCell(column)));
			}
		}
		return values;
	}

	/** A resident whose name a spreadsheet would run as a formula, with an open case. */
	private String[] injectedResidentWithCase() {
		Map<String, Object> body = new HashMap<>();
		body.put("name", INJECTED);
		body.put("rrn", "650505" + "2" + String.format("%06d", (int) (Math.random() * 900000) + 100000));
		body.put("address", Map.of("orgUnitCode", "4415057000", "line", "내려받기로 1"));
		body.put("confirmNotDuplicate", true);
		var person = api.as("demo.worker").post("/api/v1/persons", body);
		assertThat(person.status()).as(person.body()).isEqualTo(201);
		var personId = person.json().get("id").asString();
		api.as("demo.worker").post("/api/v1/persons/{id}/consents", Map.of("scope", "CASE_MANAGEMENT", "givenOn", today),
				personId);
		var consultation = api.as("demo.worker").post("/api/v1/consultations", Map.of("personId", personId, "kind",
				"INITIAL", "route", "WALK_IN", "referredOn", today, "date", today, "summary", "내방", "domains",
				List.of(Map.of("code", "ECONOMY", "problem", "체납")))).json().get("id").asString();
		var caseId = api.as("demo.worker").post("/api/v1/cases", Map.of("personId", personId, "consultationId",
				consultation, "requestedOn", today)).json().get("id").asString();
		return new String[] { personId, caseId };
	}

	@Test
	void theCaseListExportNeutralisesFormulasStampsTheFileAndLogsEveryCase() throws Exception {
		var ids = injectedResidentWithCase();
		var purpose = "사례 업무 처리";
		var before = exports(ids[1], purpose);
		var file = Downloaded.get(mvc, null, login("demo.worker"), "/cases/export.xlsx?view=office&purpose={p}", purpose);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(file.cacheControl()).contains("no-store");
		assertThat(file.disposition()).contains("attachment");
		try (var book = file.workbook()) {
			var sheet = book.getSheetAt(0);
			assertThat(column(sheet, 0).get(0)).isEqualTo("대상자");
			var injected = new ArrayList<org.apache.poi.ss.usermodel.Cell>();
			sheet.forEach(row -> row.forEach(cell -> {
				assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("HYPERLINK")) {
					injected.add(cell);
				}
			}));
			assertThat(injected).isNotEmpty().allSatisfy(c -> assertThat(c.getStringCellValue()).isEqualTo("'" + INJECTED));
			assertThat(String.join("\n", column(sheet, 0))).contains("내려받은 사람: 이지은 (demo.worker)",
					"내용: 통합사례관리 사례 목록 (담당 읍면동 사례", "목적: 사례 업무 처리");
		}
		assertThat(exports(ids[1], purpose)).isEqualTo(before + 1);

		// another district's worker exports the same list page: the case is not in it
		var other = Downloaded.get(mvc, null, login("demo.other"), "/cases/export.xlsx?view=office&purpose={p}", purpose);
		assertThat(other.status()).isEqualTo(200);
		try (var book = other.workbook()) {
			assertThat(String.join("\n", column(book.getSheetAt(0), 0))).doesNotContain("HYPERLINK");
		}
	}

	@Test
	void anExportWithoutAPurposeIsRefusedAndLogsNothing() throws Exception {
		var session = login("demo.worker");
		assertThat(Downloaded.get(mvc, null, session, "/cases/export.xlsx?view=office").status()).isEqualTo(422);
		assertThat(Downloaded.get(mvc, null, session, "/work-queue/export.xlsx?purpose=").status()).isEqualTo(422);
	}

	@Test
	void theWorkQueueExportHasTheRowsOfThePageAndAWrongRoleGets403() throws Exception {
		injectedResidentWithCase();
		var purpose = "업무 점검 " + UUID.randomUUID();
		var file = Downloaded.get(mvc, null, login("demo.worker"), "/work-queue/export.xlsx?view=team&purpose={p}", purpose);
		assertThat(file.status()).isEqualTo(200);
		try (var book = file.workbook()) {
			var sheet = book.getSheetAt(0);
			var statuses = column(sheet, 1);
			assertThat(column(sheet, 0).get(0)).isEqualTo("상태");
			// header + rows; the stamp below spans the first column only
			long rows = sheet.getPhysicalNumberOfRows() - 1 - 5;
			assertThat(rows).isPositive();
			assertThat(statuses).hasSize((int) rows + 1);
			assertThat(exportsWith(purpose)).isEqualTo(rows);
		}
		assertThat(Downloaded.get(mvc, null, login("demo.province"), "/work-queue/export.xlsx?purpose={p}", purpose)
				.status()).isEqualTo(403);
	}

	@Test
	void theResidentSearchExportNeutralisesANameThatLooksLikeAFormula() throws Exception {
		var ids = injectedResidentWithCase();
		var purpose = "상급기관 보고";
		var file = Downloaded.get(mvc, null, login("demo.worker"), "/people/export.xlsx?name={n}&purpose={p}",
				"=HYPERLINK", purpose);
		assertThat(file.status()).isEqualTo(200);
		try (var book = file.workbook()) {
			assertThat(column(book.getSheetAt(0), 0)).contains("'" + INJECTED);
		}
		assertThat(exports(ids[0], purpose)).isEqualTo(1);
	}

	@Test
	void theResourceSearchExportHoldsTheSearchedProvidersWithTheirServicesAndIsLoggedOnce() throws Exception {
		var purpose = "자원 현황 보고";
		long before = exportsWith(purpose);
		var file = Downloaded.get(mvc, null, login("demo.worker"), "/resources/export.xlsx?q={q}&purpose={p}", "종합사회복지관",
				purpose);
		assertThat(file.status()).isEqualTo(200);
		try (var book = file.workbook()) {
			var providers = column(book.getSheetAt(0), 0);
			assertThat(providers.get(0)).isEqualTo("제공주체");
			assertThat(providers).contains("공주시종합사회복지관").doesNotContain("공주시 노인복지관");
			assertThat(String.join("\n", providers)).contains("목적: 자원 현황 보고");
		}
		assertThat(exportsWith(purpose)).isEqualTo(before + 1);
		assertThat(Downloaded.get(mvc, null, login("demo.worker"), "/resources/export.xlsx?q=x").status()).isEqualTo(422);
	}
}
