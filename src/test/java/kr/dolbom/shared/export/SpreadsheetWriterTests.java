package kr.dolbom.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The shared writer: typed cells, no formula ever, the stamp of who exported what when and why. */
class SpreadsheetWriterTests {

	private final SpreadsheetWriter writer;

	SpreadsheetWriterTests() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		writer = new SpreadsheetWriter(messages);
	}

	private final ExportStamp stamp = new ExportStamp("이지은 (demo.worker)", "사례 목록",
			OffsetDateTime.of(2026, 11, 25, 14, 3, 0, 0, ZoneOffset.ofHours(9)), "사례 업무 처리");

	@Test
	void aCellStartingWithEqualsIsWrittenAsInertTextNotAFormula() throws Exception {
		var sheet = Spreadsheet.of("목록", "이름", "메모", "건수", "날짜")
				.row("=HYPERLINK(\"http://evil.example\",\"열기\")", "@cmd", 3, LocalDate.of(2026, 1, 5))
				.row("김영희", "-1+1", null, null);
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(writer.write(sheet, stamp)))) {
			var s = book.getSheetAt(0);
			var injected = s.getRow(1).getCell(0);
			assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
			assertThat(injected.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"열기\")");
			assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'@cmd");
			assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'-1+1");
			assertThat(s.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3);
			assertThat(s.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 5));
			for (var row : s) {
				for (var cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
				}
			}
		}
	}

	@Test
	void theFooterNamesWhoExportedWhatWhenAndWhy() throws Exception {
		var sheet = Spreadsheet.of("목록", "이름").row("김영희");
		LocaleContextHolder.setLocale(Locale.KOREAN);
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(writer.write(sheet, stamp)))) {
			var s = book.getSheetAt(0);
			List<String> lines = new ArrayList<>();
			var formatter = new DataFormatter();
			for (int r = 2; r <= s.getLastRowNum(); r++) {
				if (s.getRow(r) != null) {
					lines.add(formatter.formatCellValue(s.getRow(r).getCell(0)));
				}
			}
			assertThat(String.join("\n", lines)).contains("내려받은 사람: 이지은 (demo.worker)", "2026-11-25 14:03",
					"내용: 사례 목록 · 1건", "목적: 사례 업무 처리", "개인정보");
			assertThat(s.getFooter().getLeft()).contains("이지은 (demo.worker)");
			assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("이름");
			assertThat(book.getProperties().getCoreProperties().getCreator()).isEqualTo("이지은 (demo.worker)");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void aRowMustMatchTheHeaders() {
		assertThatThrownBy(() -> Spreadsheet.of("목록", "a", "b").row("x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Spreadsheet.of("목록", "a").row(new Object())).isInstanceOf(IllegalArgumentException.class);
	}
}
