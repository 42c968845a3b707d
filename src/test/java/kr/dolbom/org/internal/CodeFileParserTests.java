package kr.dolbom.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CodeFileParserTests {

	private static ByteArrayInputStream tsv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsBaseRowsWithTheirNames() throws IOException {
		var rows = CodeFileParser.parseBase(tsv("""
				\uFEFF행정동코드\t시도명\t시군구명\t읍면동명\t생성일자\t말소일자
				4415057000\t충청남도\t공주시\t신관동\t19880423\t
				3611025000\t세종특별자치시\t조치원읍\t\t20120701\t
				"""));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).name()).isEqualTo("신관동");
		assertThat(rows.get(0).fullName()).isEqualTo("충청남도 공주시 신관동");
		assertThat(rows.get(0).createdOn()).isEqualTo(LocalDate.of(1988, 4, 23));
		assertThat(rows.get(1).name()).isEqualTo("조치원읍");
	}

	@Test
	void aWrongHeaderRejectsTheWholeFile() {
		assertThatThrownBy(() -> CodeFileParser.parseBase(tsv("code\tname\n4415057000\tx\n")))
				.hasMessageContaining("1행").hasMessageContaining("머리글");
	}

	@Test
	void aBadRowIsReportedWithItsLineNumber() {
		assertThatThrownBy(() -> CodeFileParser.parseBase(tsv("""
				행정동코드\t시도명\t시군구명\t읍면동명\t생성일자\t말소일자
				4415057000\t충청남도\t공주시\t신관동\t19880423\t
				441505\t충청남도\t공주시\t신관동\t19880423\t
				""")))
				.hasMessageContaining("3행").hasMessageContaining("행정동코드");
	}

	@Test
	void readsChangesOfEveryKind() throws IOException {
		var changes = CodeFileParser.parseChanges(tsv("""
				시행일자\t구분\t행정동코드\t시도명\t시군구명\t읍면동명\t대체코드
				20240118\t코드변경\t4500000000\t전북특별자치도\t\t\t5200000000
				20260701\t폐지\t2811000000\t인천광역시\t중구\t\t
				"""));
		assertThat(changes).extracting(CodeChange::kind)
				.containsExactly(CodeChange.Kind.RECODED, CodeChange.Kind.ABOLISHED);
		assertThat(changes.get(0).replacement().value()).isEqualTo("5200000000");
	}

	@Test
	void aRecodingNeedsItsNewCode() {
		assertThatThrownBy(() -> CodeFileParser.parseChanges(tsv("""
				시행일자\t구분\t행정동코드\t시도명\t시군구명\t읍면동명\t대체코드
				20240118\t코드변경\t4500000000\t전북특별자치도\t\t\t
				"""))).hasMessageContaining("2행").hasMessageContaining("대체코드");
	}

	@Test
	void anUnknownKindIsRefused() {
		assertThatThrownBy(() -> CodeFileParser.parseChanges(tsv("""
				시행일자\t구분\t행정동코드\t시도명\t시군구명\t읍면동명\t대체코드
				20240118\t합병\t4500000000\t전북특별자치도\t\t\t
				"""))).hasMessageContaining("알 수 없는 구분");
	}
}
