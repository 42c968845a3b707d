package kr.dolbom.discovery.web;

import static kr.dolbom.discovery.web.SelfManagedFixtures.SINGWAN;
import static kr.dolbom.discovery.web.SelfManagedFixtures.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import kr.dolbom.discovery.internal.SelfManagedSpreadsheet;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * The Excel registration of seeds appendix 1 6-1 방법3: "(3) 업로드 정보에 오류내용 존재 시, 오류내용 수정 및
 * '오류검증' 후 … '등록'" — a file with an error row stores nothing; once the row is corrected, every
 * row is stored.
 */
@DolbomIntegrationTest
class SelfManagedUploadIntegrationTests {

	private static final String BASE = "/api/v1/discovery/self-managed";
	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** A filled-in form: the template downloaded from the application, rows written from the second row on. */
	private byte[] filledForm(List<List<String>> rows) throws Exception {
		var template = api.as("demo.worker").perform(get(BASE + "/template.xlsx"));
		assertThat(template.status()).isEqualTo(200);
		var bytes = mvc.perform(get(BASE + "/template.xlsx").header("Authorization",
				"Bearer " + api.tokenFor("demo.worker", "Demo-2026!"))).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes)); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.getSheetAt(0);
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (rows.get(r).get(c) != null) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static List<String> row(Map<String, String> person, String reason) {
		return java.util.Arrays.asList(person.get("name"), person.get("rrn"), reason, "1", "0", null, "엑셀 등록");
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM discovery_self_managed").query(Long.class).single();
	}

	private Api.Response upload(String user, byte[] file, boolean dryRun) {
		return api.as(user).perform(multipart(BASE + "/uploads").file(new MockMultipartFile("file", "명단.xlsx", XLSX, file))
				.param("dryRun", String.valueOf(dryRun)));
	}

	@Test
	void theTemplateIsTheFormWithItsHeaders() throws Exception {
		var bytes = mvc.perform(get(BASE + "/template.xlsx").header("Authorization",
				"Bearer " + api.tokenFor("demo.worker", "Demo-2026!"))).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var header = workbook.getSheetAt(0).getRow(0);
			List<String> headers = new ArrayList<>();
			header.forEach(c -> headers.add(c.getStringCellValue()));
			assertThat(headers).isEqualTo(SelfManagedSpreadsheet.HEADERS);
		}
	}

	@Test
	void aFileWithAnErrorRowStoresNothingAndOnceCorrectedEveryRowIsStored() throws Exception {
		var a = resident(api, "demo.worker", SINGWAN, "엄순옥");
		var b = resident(api, "demo.worker", SINGWAN, "탁금순");
		var c = resident(api, "demo.worker", SINGWAN, "반영자");
		var badRrn = c.get("rrn").substring(0, 2) + "1399" + c.get("rrn").substring(6); // month 13
		var file = filledForm(List.of(row(a, "홀로 사는 어르신"), row(b, null), java.util.Arrays.asList(c.get("name"), badRrn,
				"단전 가구", "1", "0", null, null)));
		long before = count();

		var refused = upload("demo.worker", file, false);
		assertThat(refused.status()).isEqualTo(422);
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		// Excel's row numbers: the header is row 1, the residents rows 2–4
		assertThat(fields).containsExactlyInAnyOrder("rows[3].reason", "rows[4].rrn");
		assertThat(refused.body()).contains("3행 등록사유: 필수 항목입니다.", "4행 주민등록번호: ").doesNotContain(badRrn);
		assertThat(count()).isEqualTo(before);

		var checked = upload("demo.worker", file, true);
		assertThat(checked.status()).isEqualTo(200);
		assertThat(checked.json().get("rows").asInt()).isEqualTo(3);
		assertThat(checked.json().get("failed").asInt()).isEqualTo(2);
		assertThat(count()).isEqualTo(before);

		// corrected in the page (or in the file) and validated again: all three are registered
		var corrected = filledForm(List.of(row(a, "홀로 사는 어르신"), row(b, "건강보험료 체납"), row(c, "단전 가구")));
		var registered = upload("demo.worker", corrected, false);
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.json().get("registered").asInt()).isEqualTo(3);
		assertThat(registered.json().get("targets").get(0).get("source").asString()).isEqualTo("UPLOAD");
		assertThat(count()).isEqualTo(before + 3);
	}

	@Test
	void theSameNumberTwiceAndAnUnknownWorkerAreRowErrors() throws Exception {
		var a = resident(api, "demo.worker", SINGWAN, "육분이");
		var file = filledForm(List.of(row(a, "사유"), row(a, "사유"),
				java.util.Arrays.asList(resident(api, "demo.worker", SINGWAN, "남궁순").get("name"), null, "사유", "1", "0",
						"demo.other", null)));
		var refused = upload("demo.worker", file, false);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("3행 주민등록번호: 2행과 같은 주민등록번호입니다.", "4행 주민등록번호: 필수 항목입니다.");
	}

	@Test
	void notTheFormOrAnotherRoleIsRefused() throws Exception {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.createSheet("x").createRow(0).createCell(0).setCellValue("이름");
			workbook.write(out);
			var wrong = upload("demo.worker", out.toByteArray(), false);
			assertThat(wrong.status()).isEqualTo(422);
			assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		}
		var notExcel = upload("demo.worker", "성명,주민등록번호".getBytes(StandardCharsets.UTF_8), false);
		assertThat(notExcel.status()).isEqualTo(422);
		assertThat(notExcel.body()).contains("읽을 수 없습니다");

		var file = filledForm(List.of(row(resident(api, "demo.worker", SINGWAN, "연복순"), "사유")));
		assertThat(upload("demo.head", file, false).status()).isEqualTo(403);
		assertThat(upload("demo.other", file, false).status()).isEqualTo(422); // a 신관동 number is unknown in 부여군
	}

	@Test
	void thePagesShowEachRowsErrorsLetTheWorkerCorrectThemAndRegisterAll() throws Exception {
		var a = resident(api, "demo.worker", SINGWAN, "피옥례");
		var b = resident(api, "demo.worker", SINGWAN, "하분임");
		var file = filledForm(List.of(row(a, "홀로 사는 어르신"), java.util.Arrays.asList(b.get("name"), b.get("rrn"), null, "14",
				"0", null, null)));
		Cookie session = mvc.perform(formLogin("/login").user("demo.worker").password("Demo-2026!")).andReturn()
				.getResponse().getCookie("SESSION");
		long before = count();
		var review = mvc.perform(multipart("/discovery/self-managed/upload")
				.file(new MockMultipartFile("file", "명단.xlsx", XLSX, file)).cookie(session).with(csrf())).andReturn();
		var html = review.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("role=\"alert\"", "3행 등록사유: 필수 항목입니다.", "3행 방문주기(개월): 방문주기는 1~12개월",
				"aria-invalid=\"true\"");
		assertThat(count()).isEqualTo(before);

		// "모두 등록" while a row fails stores nothing
		var stillFailing = mvc.perform(post("/discovery/self-managed/upload/rows").cookie(session).with(csrf())
				.param("count", "2").param("action", "register")
				.param("rows[0].row", "2").param("rows[0].name", a.get("name")).param("rows[0].rrn", a.get("rrn"))
				.param("rows[0].reason", "홀로 사는 어르신")
				.param("rows[1].row", "3").param("rows[1].name", b.get("name")).param("rows[1].rrn", b.get("rrn"))
				.param("rows[1].visitCycle", "14")).andReturn();
		assertThat(stillFailing.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("3행 등록사유");
		assertThat(count()).isEqualTo(before);

		// corrected in the page: validated again, then registered
		var fixed = mvc.perform(post("/discovery/self-managed/upload/rows").cookie(session).with(csrf())
				.param("count", "2").param("action", "validate")
				.param("rows[0].row", "2").param("rows[0].name", a.get("name")).param("rows[0].rrn", a.get("rrn"))
				.param("rows[0].reason", "홀로 사는 어르신")
				.param("rows[1].row", "3").param("rows[1].name", b.get("name")).param("rows[1].rrn", b.get("rrn"))
				.param("rows[1].reason", "월세 체납").param("rows[1].visitCycle", "2")).andReturn();
		assertThat(fixed.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("2명 모두 정상입니다");
		var done = mvc.perform(post("/discovery/self-managed/upload/rows").cookie(session).with(csrf())
				.param("count", "2").param("action", "register")
				.param("rows[0].row", "2").param("rows[0].name", a.get("name")).param("rows[0].rrn", a.get("rrn"))
				.param("rows[0].reason", "홀로 사는 어르신")
				.param("rows[1].row", "3").param("rows[1].name", b.get("name")).param("rows[1].rrn", b.get("rrn"))
				.param("rows[1].reason", "월세 체납").param("rows[1].visitCycle", "2")).andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/discovery/self-managed");
		assertThat(count()).isEqualTo(before + 2);
		var list = mvc.perform(get("/discovery/self-managed").cookie(session)).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(a.get("name"), b.get("name"), "월세 체납");
	}
}
