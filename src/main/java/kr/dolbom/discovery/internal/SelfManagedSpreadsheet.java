package kr.dolbom.discovery.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import kr.dolbom.shared.ValidationFailed;

/**
 * The Excel form of seeds appendix 1 6-1 방법3: "(1) 엑셀서식다운로드 … 등록 정보 입력 후 저장, (2) 엑셀업로드".
 * The form is an official one and always Korean; one row per resident from the second row on,
 * columns in the order of {@link #HEADERS} (* = required). Rows keep their spreadsheet row numbers
 * so that errors name the row the worker sees in Excel.
 */
@Component
public class SelfManagedSpreadsheet {

	public static final List<String> HEADERS = List.of("성명*", "주민등록번호*", "등록사유*", "방문주기(개월)", "방문횟수",
			"담당자 아이디", "참고사항");

	private static final String SHEET = "자체관리대상자";
	private static final String GUIDE = "작성 안내";

	/** The empty form: headers, the registration number column as text, and a sheet of instructions. */
	public byte[] template() {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(SHEET);
			var bold = workbook.createFont();
			bold.setBold(true);
			var headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			var text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			var header = sheet.createRow(0);
			int[] widths = { 12, 18, 40, 14, 10, 16, 40 };
			for (int c = 0; c < HEADERS.size(); c++) {
				var cell = header.createCell(c);
				cell.setCellValue(HEADERS.get(c));
				cell.setCellStyle(headerStyle);
				sheet.setColumnWidth(c, widths[c] * 256);
				sheet.setDefaultColumnStyle(c, text);
			}
			sheet.createFreezePane(0, 1);
			var guide = workbook.createSheet(GUIDE);
			String[] lines = {
					"한 줄에 한 명씩, 둘째 줄부터 적습니다. 첫 줄(제목 줄)은 지우거나 바꾸지 마세요.",
					"성명, 주민등록번호, 등록사유는 반드시 적습니다 (* 표시). 주민등록번호는 900101-1234567 또는 숫자 13자리.",
					"돌봄에 등록된 주민만 등록할 수 있습니다. 처음 만나는 주민은 대상자 등록과 초기상담을 먼저 하세요.",
					"방문주기는 1~12(개월), 방문횟수는 0 이상의 숫자입니다. 비워 두면 방문주기 없음, 방문횟수 0입니다.",
					"담당자 아이디를 비워 두면 올리는 분이 담당자가 됩니다 (그 읍면동 직원일 때).",
					"올린 뒤 화면에서 오류가 있는 줄을 고치고 다시 검증하면 됩니다. 오류가 하나라도 있으면 아무도 등록되지 않습니다.",
					"한 파일에 " + SelfManagedTargetService.MAX_ROWS + "명까지 올릴 수 있습니다." };
			for (int i = 0; i < lines.length; i++) {
				guide.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			guide.setColumnWidth(0, 110 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The rows of an uploaded form, blank rows skipped. 422 on {@code file} when it is no .xlsx/.xls
	 * file, its header row is not the form's, it has no rows or more than the limit.
	 */
	public List<SelfManagedTargetService.Entry> read(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw ValidationFailed.of("file", "validation.selfmanaged.upload.empty");
		}
		try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
			var header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null || !headerMatches(header)) {
				throw ValidationFailed.of("file", "validation.selfmanaged.upload.header", String.join(", ", HEADERS));
			}
			var formatter = new DataFormatter();
			List<SelfManagedTargetService.Entry> entries = new ArrayList<>();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				String[] v = new String[HEADERS.size()];
				boolean blank = true;
				for (int c = 0; c < v.length; c++) {
					v[c] = text(row.getCell(c), formatter, c == 1);
					blank &= v[c] == null;
				}
				if (blank) {
					continue;
				}
				if (entries.size() == SelfManagedTargetService.MAX_ROWS) {
					throw ValidationFailed.of("file", "validation.selfmanaged.upload.too-many", SelfManagedTargetService.MAX_ROWS);
				}
				// the row number Excel shows (1-based)
				entries.add(new SelfManagedTargetService.Entry(r + 1, v[0], v[1], v[2], v[3], v[4], v[5], null, v[6]));
			}
			if (entries.isEmpty()) {
				throw ValidationFailed.of("file", "validation.selfmanaged.upload.empty");
			}
			return entries;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof ValidationFailed failure) {
				throw failure;
			}
			throw ValidationFailed.of("file", "validation.selfmanaged.upload.unreadable");
		}
	}

	private static boolean headerMatches(Row header) {
		for (int c = 0; c < 3; c++) {
			var cell = header.getCell(c);
			if (cell == null || cell.getCellType() != CellType.STRING) {
				return false;
			}
			var expected = HEADERS.get(c).replace("*", "");
			if (!cell.getStringCellValue().replace("*", "").strip().equals(expected)) {
				return false;
			}
		}
		return true;
	}

	private static String text(Cell cell, DataFormatter formatter, boolean rrn) {
		if (cell == null) {
			return null;
		}
		String value;
		var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
			value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			if (rrn && value.length() == 12) {
				value = "0" + value; // a number typed into a number cell lost the leading 0 of a 2000s birth year
			}
		}
		else if (type == CellType.STRING) {
			value = cell.getStringCellValue(); // a formula's cached text; formulas are never evaluated
		}
		else {
			value = formatter.formatCellValue(cell);
		}
		value = value == null ? null : value.strip();
		return value == null || value.isEmpty() ? null : value;
	}
}
