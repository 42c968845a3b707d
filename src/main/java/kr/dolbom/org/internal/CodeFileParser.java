package kr.dolbom.org.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the two tab-separated formats of administrative code data (UTF-8):
 * <ul>
 * <li>the base file as published (행정표준코드): {@code 행정동코드 시도명 시군구명 읍면동명 생성일자 말소일자};</li>
 * <li>change files: {@code 시행일자 구분 행정동코드 시도명 시군구명 읍면동명 대체코드} where 구분 is
 * 신설 (new unit), 폐지 (abolished; 대체코드 optionally names the successor), 명칭변경 (renamed) or
 * 코드변경 (re-coded: the unit continues under 대체코드 with the names given).</li>
 * </ul>
 * A file with a wrong header or a bad row is rejected whole, with the line number.
 */
final class CodeFileParser {

	static final List<String> BASE_HEADER = List.of("행정동코드", "시도명", "시군구명", "읍면동명", "생성일자", "말소일자");
	static final List<String> CHANGE_HEADER = List.of("시행일자", "구분", "행정동코드", "시도명", "시군구명", "읍면동명", "대체코드");

	private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private CodeFileParser() {
	}

	static List<CodeRow> parseBase(InputStream in) throws IOException {
		List<CodeRow> rows = new ArrayList<>();
		forEachLine(in, BASE_HEADER, (line, cells) -> rows.add(new CodeRow(code(line, cells.get(0)), cells.get(1),
				cells.get(2), cells.get(3), date(line, cells.get(4)), date(line, cells.get(5)))));
		return rows;
	}

	static List<CodeChange> parseChanges(InputStream in) throws IOException {
		List<CodeChange> changes = new ArrayList<>();
		forEachLine(in, CHANGE_HEADER, (line, cells) -> {
			var effectiveOn = date(line, cells.get(0));
			if (effectiveOn == null) {
				throw new CodeFileException(line, "시행일자가 없습니다");
			}
			var kind = CodeChange.Kind.fromLabel(cells.get(1))
					.orElseThrow(() -> new CodeFileException(line, "알 수 없는 구분: " + cells.get(1)));
			var replacement = cells.get(6).isBlank() ? null : code(line, cells.get(6));
			if (kind == CodeChange.Kind.RECODED && replacement == null) {
				throw new CodeFileException(line, "코드변경에는 대체코드가 필요합니다");
			}
			changes.add(new CodeChange(effectiveOn, kind, code(line, cells.get(2)), cells.get(3), cells.get(4),
					cells.get(5), replacement));
		});
		return changes;
	}

	private interface RowHandler {
		void handle(int line, List<String> cells);
	}

	private static void forEachLine(InputStream in, List<String> header, RowHandler handler) throws IOException {
		var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		var first = reader.readLine();
		if (first == null) {
			throw new CodeFileException(1, "빈 파일입니다");
		}
		if (first.startsWith("\uFEFF")) {
			first = first.substring(1);
		}
		if (!split(first, header.size()).equals(header)) {
			throw new CodeFileException(1, "머리글이 다릅니다. 기대한 머리글: " + String.join(" ", header));
		}
		int line = 1;
		String text;
		while ((text = reader.readLine()) != null) {
			line++;
			if (text.isBlank()) {
				continue;
			}
			var cells = split(text, header.size());
			if (cells.size() != header.size()) {
				throw new CodeFileException(line, "열의 수가 " + header.size() + "개가 아닙니다");
			}
			handler.handle(line, cells);
		}
	}

	/** Splits on tabs, keeping empty cells; a row whose last (empty) cell an editor dropped is padded. */
	private static List<String> split(String line, int columns) {
		List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
		cells.replaceAll(String::strip);
		if (cells.size() == columns - 1) {
			cells.add("");
		}
		return cells;
	}

	private static AdministrativeCode code(int line, String value) {
		if (!AdministrativeCode.isValid(value)) {
			throw new CodeFileException(line, "10자리 행정동코드가 아닙니다: " + value);
		}
		return new AdministrativeCode(value);
	}

	private static LocalDate date(int line, String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value, BASIC_DATE);
		}
		catch (DateTimeParseException e) {
			throw new CodeFileException(line, "날짜(YYYYMMDD)가 아닙니다: " + value);
		}
	}

	static final class CodeFileException extends RuntimeException {

		CodeFileException(int line, String message) {
			super(line + "행: " + message);
		}
	}
}
