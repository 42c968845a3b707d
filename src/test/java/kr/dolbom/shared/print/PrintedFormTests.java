package kr.dolbom.shared.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import kr.dolbom.shared.print.PrintedForm.Column;
import kr.dolbom.shared.print.PrintedForm.Field;
import kr.dolbom.support.Downloaded;

/** domain.md §10: official A4 forms with an embedded Korean font (no font of the machine needed). */
class PrintedFormTests {

	private byte[] sample() {
		return PrintedForm.a4("서비스 제공계획 및 점검표", "출력: 이지은 (demo.worker) · 신관동 · 2026. 11. 25. 14:03")
				.subtitle("충청남도 공주시 신관동")
				.section("대상자")
				.fields(2, List.of(new Field("성명", "김영희"), new Field("주민등록번호", "480315-2******"),
						new Field("주소", "신관동 123")))
				.table(List.of(new Column("영역", 1), new Column("목표", 4)), List.of(List.of("경제", "3개월 안에 체납을 해결한다")), 2)
				.writingLines("대상자가 원하는 도움", null, 3)
				.signatures("        년        월        일", List.of(new Field("대상자", "김영희"), new Field("사례관리자", "이지은")),
						"(서명 또는 인)")
				.toPdf();
	}

	@Test
	void theFormIsA4WithItsKoreanTextExtractable() throws Exception {
		var pdf = sample();
		var text = Downloaded.pdfText(pdf);
		assertThat(text).contains("서비스 제공계획 및 점검표", "김영희", "480315-2******", "3개월 안에 체납을 해결한다",
				"대상자가 원하는 도움", "사례관리자", "(서명 또는 인)", "출력: 이지은 (demo.worker)", "- 1 -");
		try (var document = Loader.loadPDF(pdf)) {
			var box = document.getPage(0).getMediaBox();
			assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
			assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
		}
	}

	@Test
	void theKoreanFontIsEmbeddedInTheFile() throws Exception {
		try (var document = Loader.loadPDF(sample())) {
			var resources = document.getPage(0).getResources();
			var embedded = new java.util.ArrayList<String>();
			for (var name : resources.getFontNames()) {
				var font = resources.getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				embedded.add(font.getName());
			}
			assertThat(String.join(",", embedded)).contains("NanumGothic");
		}
	}
}
