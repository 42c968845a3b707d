package kr.dolbom.discovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import kr.dolbom.discovery.DiscoveryFixtures;
import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;
import kr.dolbom.support.Downloaded;

/**
 * The targets pages and the Excel export of the office's targets (issue 9): the rows of the page in
 * the caller's scope, one EXPORT access-log entry per target with the purpose, no export without a
 * purpose.
 */
@DolbomIntegrationTest
class TargetPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private Cookie login(String username) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password("Demo-2026!")).andReturn().getResponse()
				.getCookie("SESSION");
	}

	private String page(Cookie session, String path, Object... variables) throws Exception {
		var response = mvc.perform(get(path, variables).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theTargetsPageAndATargetPageShowTheScoreExplanationAndTheResultForm() throws Exception {
		var fixtures = new DiscoveryFixtures(api);
		var round = fixtures.distributedRound("GAS_CUT", Map.of(CaseFixtures.newRrn("480808", '1'), "화면대상"));
		var target = fixtures.targetOf(round, "화면대상");
		var session = login("demo.worker");
		assertThat(page(session, "/discovery/targets?round={r}", round)).contains("화면대상").contains("총 1건");
		var html = page(session, "/discovery/targets/{id}", target);
		assertThat(html).contains("단가스").contains("선정 사유: 가구 점수 10점").contains("처리 결과 등록")
				.contains("contact-PHONE").doesNotContain("MAIL");
		assertThat(mvc.perform(get("/discovery/targets/{id}", target).cookie(login("demo.other"))).andReturn()
				.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theExportHasTheRowsOfThePageAndLogsEveryTargetWithThePurpose() throws Exception {
		var fixtures = new DiscoveryFixtures(api);
		var round = fixtures.distributedRound("TELECOM_ARREARS", Map.of(CaseFixtures.newRrn("480809", '2'), "엑셀대상"));
		var target = fixtures.targetOf(round, "엑셀대상");
		var purpose = "사례 업무 처리";
		var session = login("demo.worker");
		assertThat(Downloaded.get(mvc, null, session, "/discovery/targets/export.xlsx?round={r}", round).status())
				.isEqualTo(422);
		var file = Downloaded.get(mvc, null, session, "/discovery/targets/export.xlsx?round={r}&purpose={p}", round,
				purpose);
		assertThat(file.status()).isEqualTo(200);
		try (var book = file.workbook()) {
			var formatter = new DataFormatter();
			var text = new StringBuilder();
			book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n')));
			assertThat(text).contains("엑셀대상").contains("처리 중").contains("목적: 사례 업무 처리");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_id = ? AND action = 'EXPORT' AND purpose = ?")
				.params(target, purpose).query(Long.class).single()).isEqualTo(1);
		assertThat(UUID.fromString(target)).isNotNull();
	}

	@Test
	void theOperatorsRoundPagesShowTheRoundAndItsFiles() throws Exception {
		var round = new DiscoveryFixtures(api).distributedRound("POWER_CUT",
				Map.of(CaseFixtures.newRrn("480810", '1'), "차수화면"));
		var session = login("demo.admin");
		assertThat(page(session, "/discovery/rounds")).contains("발굴차수 관리");
		assertThat(page(session, "/discovery/rounds/{id}", round)).contains("분배 완료").contains("POWER_CUT")
				.doesNotContain("차수화면");
		assertThat(mvc.perform(get("/discovery/rounds").cookie(login("demo.worker"))).andReturn().getResponse()
				.getStatus()).isIn(200, 403);
	}
}
