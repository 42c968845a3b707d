package kr.dolbom.resource.web;

import static kr.dolbom.resource.web.ResourceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import kr.dolbom.DolbomApplication;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.Scope;
import kr.dolbom.org.UserId;
import kr.dolbom.resource.internal.DirectoryTransfer;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export and import of the directory (issue 6: CSV and Open Referral HSDS JSON, "so directories can
 * move between systems"); imported resources are read-only (appendix 7 (1) ①); quality.md bad
 * input: wrong header, bad rows with line numbers, EUC-KR/CP949 when declared, BOM, empty file, a
 * file accepted whole or not at all; formula injection neutralised in exported CSV.
 */
@DolbomIntegrationTest
class DirectoryTransferIntegrationTests {

	private static final String HEADER = String.join(",", csvHeader());

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	ResourceFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ResourceFixtures(api);
	}

	private static List<String> csvHeader() {
		return List.of("provider_id", "provider_name", "business_number", "phone", "address", "org_unit_code",
				"provider_type", "contact_name", "contact_mobile", "provider_description", "service_id", "service_name",
				"category", "service_description", "capacity", "from", "to", "service_contact_mobile", "life_stages",
				"targets", "disability_types", "disability_grades", "household_types", "income_classes");
	}

	private Api.Response importFile(String user, byte[] content, String format, String encoding, String source) {
		var request = MockMvcRequestBuilders.multipart("/api/v1/resources/import")
				.file(new MockMultipartFile("file", "directory." + format, "application/octet-stream", content));
		request.param("format", format);
		if (encoding != null) {
			request.param("encoding", encoding);
		}
		if (source != null) {
			request.param("source", source);
		}
		return api.as(user).perform(request);
	}

	private long providerCount() {
		return jdbc.sql("SELECT COUNT(*) FROM resource_provider").query(Long.class).single();
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	private static String row(String id, String name, String phone, String unit, String service, String stages) {
		return String.join(",", id, name, "", phone, "충청남도 공주시 가져오기로 " + unique(), unit, "PUBLIC", "", "", "",
				"", service, "", "", "10", "", "", "", stages, "", "", "", "", "");
	}

	@Test
	void anExportedCsvNeutralisesFormulasAndCarriesTheDirectory() {
		var body = ResourceFixtures.provider("수식 시험 " + unique(), ResourceFixtures.SINGWAN);
		body.put("description", "=HYPERLINK(\"http://evil\",\"클릭\")");
		var id = fixtures.register("demo.worker", body).get("id").asString();
		api.as("demo.resource").post("/api/v1/resources/providers/{id}/approve", null, id);

		var export = api.as("demo.worker").get("/api/v1/resources/export?format=csv");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("text/csv");
		assertThat(export.body()).startsWith("\uFEFF" + HEADER).contains("공주시종합사회복지관", id)
				.contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("부여군종합사회복지관");
		var national = api.as("demo.worker").get("/api/v1/resources/export?format=csv&scope=national");
		assertThat(national.body()).contains("부여군종합사회복지관");
	}

	@Test
	void aDeclaredEucKrFileIsImportedAsApprovedReadOnlyResourcesAndReimportUpdates() {
		var name = "가져온 보건지소 " + unique();
		var csv = HEADER + "\r\n" + row("EXT-" + unique(), name, "041-840-" + unique().substring(0, 4),
				DemoOrg.SECOND_OFFICE, "방문건강관리", "ELDERLY|MIDDLE_AGED") + "\r\n";
		var bytes = csv.getBytes(Charset.forName("EUC-KR"));

		assertThat(importFile("demo.worker", bytes, "csv", "EUC-KR", "행복e음").status()).isEqualTo(403);
		var asUtf8 = importFile("demo.resource", bytes, "csv", null, "행복e음");
		assertThat(asUtf8.status()).isEqualTo(422);
		assertThat(asUtf8.body()).contains("인코딩");

		var imported = importFile("demo.resource", bytes, "csv", "EUC-KR", "행복e음");
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(imported.json().get("created").asInt()).isEqualTo(1);

		var found = api.as("demo.worker").get("/api/v1/resources/search?q=" + name).json().get("items").get(0);
		assertThat(found.get("status").asString()).isEqualTo("APPROVED");
		assertThat(found.get("source").asString()).isEqualTo("IMPORTED");
		assertThat(found.get("services").get(0).get("name").asString()).isEqualTo("방문건강관리");
		var id = found.get("id").asString();

		var end = api.as("demo.resource").post("/api/v1/resources/providers/{id}/end", Map.of("reason", "x"), id);
		assertThat(end.json().get("code").asString()).isEqualTo("imported-read-only");
		var addService = api.as("demo.worker").post("/api/v1/resources/providers/{id}/services",
				Map.of("name", "집수리"), id);
		assertThat(addService.json().get("code").asString()).isEqualTo("imported-read-only");

		var again = importFile("demo.resource", bytes, "csv", "CP949", "행복e음");
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().get("updated").asInt()).isEqualTo(1);
		assertThat(again.json().get("created").asInt()).isZero();
	}

	@Test
	void aFileWithBadRowsIsRefusedWholeWithTheLineNumbers() {
		long before = providerCount();
		var csv = "\uFEFF" + HEADER + "\n" + row("", "좋은 행 " + unique(), "041-840-1111", DemoOrg.OFFICE, "집수리", "")
				+ "\n" + row("", "전화 오류", "12", DemoOrg.OFFICE, "집수리", "") + "\n"
				+ row("", "서비스명 오류", "041-840-2222", DemoOrg.OFFICE, "없는 서비스", "") + "\n"
				+ row("", "생애주기 오류", "041-840-3333", DemoOrg.OFFICE, "집수리", "TEENAGER") + "\n" + "짧은,행\n"
				+ row("", "다른 시군구", "041-840-4444", DemoOrg.OTHER_OFFICE, "집수리", "") + "\n";
		var refused = importFile("demo.resource", csv.getBytes(StandardCharsets.UTF_8), "csv", "UTF-8", "시험");
		assertThat(refused.status()).isEqualTo(422);
		// format problems first (all of them), then the rows' content
		assertThat(fields(refused)).containsExactly("rows[5].life_stages", "rows[6]");
		assertThat(refused.body()).contains("6행의 열 수가 2개입니다");
		assertThat(providerCount()).isEqualTo(before);

		var content = "\uFEFF" + HEADER + "\n" + row("", "좋은 행 " + unique(), "041-840-1111", DemoOrg.OFFICE, "집수리", "")
				+ "\n" + row("", "전화 오류", "12", DemoOrg.OFFICE, "집수리", "") + "\n"
				+ row("", "서비스명 오류", "041-840-2222", DemoOrg.OFFICE, "없는 서비스", "") + "\n"
				+ row("", "다른 시군구", "041-840-4444", DemoOrg.OTHER_OFFICE, "집수리", "") + "\n";
		var refusedContent = importFile("demo.resource", content.getBytes(StandardCharsets.UTF_8), "csv", null, "시험");
		assertThat(refusedContent.status()).isEqualTo(422);
		assertThat(fields(refusedContent)).containsExactly("rows[3].phone", "rows[4].service.name", "rows[5].org_unit_code");
		assertThat(providerCount()).isEqualTo(before);
	}

	@Test
	void aWrongHeaderAnEmptyFileAndAMissingSourceAreRefused() {
		var wrong = importFile("demo.resource", "이름,전화\n가,041\n".getBytes(StandardCharsets.UTF_8), "csv", null, "시험");
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.body()).contains("머리글", "provider_id,provider_name");
		assertThat(importFile("demo.resource", new byte[0], "csv", null, "시험").status()).isEqualTo(422);
		assertThat(importFile("demo.resource", (HEADER + "\n").getBytes(StandardCharsets.UTF_8), "csv", null, "시험")
				.status()).isEqualTo(422);
		var noSource = importFile("demo.resource", (HEADER + "\n").getBytes(StandardCharsets.UTF_8), "csv", null, null);
		assertThat(fields(noSource)).containsExactly("source");
		var notJson = importFile("demo.resource", "{organizations:".getBytes(StandardCharsets.UTF_8), "hsds", null, "x");
		assertThat(notJson.status()).isEqualTo(422);
	}

	/**
	 * Issue 6 acceptance: an HSDS export re-imports into an empty database with the same content. The
	 * empty database is a second Dolbom on its own in-memory H2 with no demo data.
	 */
	@Test
	void anHsdsExportReimportsIntoAnEmptyDatabaseWithTheSameContent() throws Exception {
		// something with every kind of field: eligibility with disability, capacity, period, contacts
		var provider = fixtures.approvedProvider("HSDS 왕복 기관");
		api.as("demo.worker").post("/api/v1/resources/providers/{id}/services", Map.of("name", "장애인 활동지원",
				"description", "활동지원사 파견", "capacity", 12, "from", "2026-01-01", "to", "2027-12-31", "contactMobile",
				"010-7777-8888", "eligibility", Map.of("targets", List.of("DISABILITY"), "disabilityTypes",
						List.of("PHYSICAL", "VISUAL"), "disabilityGrades", List.of("SEVERE"), "incomeClasses",
						List.of("NEAR_POVERTY"), "householdTypes", List.of("SINGLE_PERSON"))),
				provider);

		var exported = api.as("demo.resource").get("/api/v1/resources/export?format=hsds&region=" + DemoOrg.DISTRICT);
		assertThat(exported.status()).isEqualTo(200);
		var original = exported.json();
		assertThat(original.get("hsds_version").asString()).isEqualTo("3.0");
		assertThat(original.get("organizations").size()).isGreaterThanOrEqualTo(10);
		assertThat(exported.body()).contains("공주시종합사회복지관", "\"tax_id\"", "\"external_identifier\"",
				"\"eligibility_description\"", "DISABILITY_TYPE:PHYSICAL");

		var properties = new String[] {
				"--spring.datasource.url=jdbc:h2:mem:dolbom-empty-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--dolbom.demo.enabled=false",
				"--dolbom.data-dir=target/test-data-empty", "--spring.main.web-application-type=none",
				// Quartz keeps schedulers and their data sources in JVM-wide registries by scheduler name:
				// under the test application's name this context would take over (and, closed, break) its scheduler
				"--spring.quartz.scheduler-name=dolbom-transfer-check" };
		try (var empty = new SpringApplicationBuilder(DolbomApplication.class).web(WebApplicationType.NONE)
				.run(properties)) {
			var emptyJdbc = empty.getBean(JdbcClient.class);
			assertThat(emptyJdbc.sql("SELECT COUNT(*) FROM resource_provider").query(Long.class).single()).isZero();
			var transfer = empty.getBean(DirectoryTransfer.class);
			var admin = new DolbomUser(new UserId(UUID.randomUUID()), "import.admin", "관리자",
					List.of(new RoleGrant(Role.ADMIN, DemoOrg.PROVINCE)), null, null,
					new Scope(Set.of(), Set.of(), true), Set.of());
			var previous = SecurityContextHolder.getContext();
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new TestingAuthenticationToken(admin, null, "ROLE_ADMIN"));
			SecurityContextHolder.setContext(context);
			try {
				var result = transfer.importFile(DirectoryTransfer.Format.HSDS,
						exported.body().getBytes(StandardCharsets.UTF_8), null, "돌봄 공주시", "hsds.json");
				assertThat(result.providers()).isEqualTo(original.get("organizations").size());
				assertThat(result.services()).isEqualTo(original.get("services").size());
				var again = transfer.export(DirectoryTransfer.Format.HSDS, DemoOrg.DISTRICT, false);
				var roundTrip = json.readTree(again.content());
				((ObjectNode) original).remove("exported_at");
				((ObjectNode) roundTrip).remove("exported_at");
				assertThat(roundTrip).isEqualTo(original);
			}
			finally {
				SecurityContextHolder.setContext(previous);
			}
		}
	}
}
