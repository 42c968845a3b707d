package kr.dolbom.resource.web;

import static kr.dolbom.resource.web.ResourceFixtures.SINGWAN;
import static kr.dolbom.resource.web.ResourceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/** Every resource page renders for the roles that use it, with Korean messages beside the fields. */
@DolbomIntegrationTest
class ResourcePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	ResourceFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ResourceFixtures(api);
	}

	private Cookie login(String username) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password("Demo-2026!")).andReturn().getResponse()
				.getCookie("SESSION");
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theMainPagesRenderForTheirRoles() throws Exception {
		var worker = login("demo.worker");
		var search = mvc.perform(get("/resources").cookie(worker)).andReturn();
		assertThat(search.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(search)).contains("복지자원 찾기", "공주시종합사회복지관", "밑반찬 배달", "연계 요청")
				.doesNotContain("부여군종합사회복지관");
		assertThat(html(mvc.perform(get("/resources/providers/new").cookie(worker)).andReturn())).contains("제공주체 등록",
				"신관동");
		assertThat(html(mvc.perform(get("/resources/linkages").cookie(worker)).andReturn())).contains("요청한 연계");
		assertThat(html(mvc.perform(get("/resources/transfer").cookie(worker)).andReturn())).contains("내보내기")
				.doesNotContain("원 시스템");
		assertThat(mvc.perform(get("/resources/approvals").cookie(worker)).andReturn().getResponse().getStatus())
				.isEqualTo(403);

		var manager = login("demo.resource");
		assertThat(html(mvc.perform(get("/resources/approvals").cookie(manager)).andReturn()))
				.contains("신관동 행복나눔 반찬가게", "공주 사랑의 집수리 봉사단");
		assertThat(html(mvc.perform(get("/resources/linkages").cookie(manager)).andReturn())).contains("받은 연계 요청");
		assertThat(html(mvc.perform(get("/resources/overhaul").cookie(manager)).andReturn())).contains("복지자원 일제정비");
		assertThat(html(mvc.perform(get("/resources/transfer").cookie(manager)).andReturn())).contains("원 시스템");

		var admin = login("demo.admin");
		assertThat(html(mvc.perform(get("/resources/overhaul").cookie(admin)).andReturn())).contains("정비 기간 열기");
	}

	@Test
	void aRegistrationWithErrorsShowsThemBesideTheFieldsAndADuplicateIsShownBeforeSaving() throws Exception {
		var worker = login("demo.worker");
		var invalid = mvc.perform(post("/resources/providers/new").cookie(worker).with(csrf()).param("name", "")
				.param("phone", "12").param("orgUnitCode", SINGWAN).param("type", "PRIVATE")).andReturn();
		assertThat(html(invalid)).contains("입력 내용을 확인하세요", "id=\"name-error\"", "id=\"phone-error\"");

		var duplicate = mvc.perform(post("/resources/providers/new").cookie(worker).with(csrf())
				.param("name", "공주시 종합사회복지관").param("phone", "041-000-" + unique().substring(0, 4))
				.param("address", "어딘가 " + unique()).param("orgUnitCode", SINGWAN).param("type", "PRIVATE")).andReturn();
		assertThat(html(duplicate)).contains("같은 제공주체로 보이는 자원이 있습니다", "공주시종합사회복지관", "이름 (같은 시군구)",
				"name=\"confirmNotDuplicate\"");
	}

	@Test
	void theFilePageDownloadsTheDirectoryAndExplainsARefusedImportRowByRow() throws Exception {
		var worker = login("demo.worker");
		var csv = mvc.perform(get("/resources/export").param("format", "csv").cookie(worker)).andReturn();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("resources.csv");
		assertThat(html(csv)).startsWith("\uFEFFprovider_id,provider_name").contains("공주시 푸드뱅크");

		var manager = login("demo.resource");
		var header = "provider_id,provider_name,business_number,phone,address,org_unit_code,provider_type,contact_name,"
				+ "contact_mobile,provider_description,service_id,service_name,category,service_description,capacity,from,"
				+ "to,service_contact_mobile,life_stages,targets,disability_types,disability_grades,household_types,"
				+ "income_classes";
		var file = new org.springframework.mock.web.MockMultipartFile("file", "bad.csv", "text/csv",
				(header + "\n" + "x,잘못된 행,,12,주소,4415057000,PRIVATE,,,,,집수리,,,,,,,,,,,,\n")
						.getBytes(StandardCharsets.UTF_8));
		var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/resources/transfer").file(file).param("format", "csv").param("source", "시험").cookie(manager)
				.with(csrf())).andReturn();
		assertThat(html(refused)).contains("파일을 가져오지 않았습니다", "rows[2].phone", "전화번호 형식");
	}

	@Test
	void theEligiblePageAndTheProviderPageShowWhatAWorkerNeeds() throws Exception {
		var person = fixtures.person("화면" + unique().substring(0, 3), LocalDate.now().minusYears(80), true,
				"BASIC_LIVELIHOOD", true);
		var worker = login("demo.worker");
		var eligible = mvc.perform(get("/resources/eligible").param("personId", person).cookie(worker)).andReturn();
		assertThat(eligible.getResponse().getStatus()).isEqualTo(200);
		assertThat(eligible.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(html(eligible)).contains("맞춤 복지자원", "경로식당 무료급식", "대상", "연계 요청");
		var other = login("demo.other");
		assertThat(mvc.perform(get("/resources/eligible").param("personId", person).cookie(other)).andReturn()
				.getResponse().getStatus()).isEqualTo(404);

		var personPage = html(mvc.perform(get("/people/" + person).cookie(worker)).andReturn());
		assertThat(personPage).contains("복지자원 연계");
		var head = login("demo.head");
		assertThat(html(mvc.perform(get("/people/" + person).cookie(head)).andReturn())).doesNotContain("복지자원 연계");

		var provider = fixtures.approvedProvider("화면 기관");
		var page = mvc.perform(get("/resources/providers/" + provider).cookie(worker)).andReturn();
		assertThat(html(page)).contains("서비스 등록", "표준 제공 서비스명", "이력", "승인", "정보 수정");
		var manager = login("demo.resource");
		var saved = mvc.perform(post("/resources/providers/" + provider + "/edit").cookie(manager).with(csrf())
				.param("version", "1").param("name", "화면 기관 새이름 " + unique()).param("phone", "041-700-1234")
				.param("address", "공주시 새 주소 " + unique()).param("orgUnitCode", SINGWAN).param("type", "PUBLIC"))
				.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/resources/providers/" + provider);
		var stale = mvc.perform(post("/resources/providers/" + provider + "/edit").cookie(manager).with(csrf())
				.param("version", "1").param("name", "또 다른 이름").param("phone", "041-700-1234")
				.param("address", "공주시 새 주소").param("orgUnitCode", SINGWAN).param("type", "PUBLIC")).andReturn();
		assertThat(html(stale)).contains("다른 사용자가 먼저 수정했습니다");
	}
}
