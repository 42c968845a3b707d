package kr.dolbom.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Spreadsheet} as an .xlsx file: a bold, frozen header row with a filter, the rows
 * (text neutralised against formula injection by {@link CellText}, never written as formulas;
 * numbers as numbers, dates as dates), then the {@link ExportStamp} — who exported what, when and
 * why — under the data and in the print footer. Streams rows to disk (bounded memory).
 */
@Component
public class SpreadsheetWriter {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final int MAX_COLUMN_CHARS = 60;

	private final MessageSource messages;

	SpreadsheetWriter(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(Spreadsheet content, ExportStamp stamp) {
		var workbook = new SXSSFWorkbook(200);
		try (var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(content.name()));
			var styles = new Styles(workbook);
			int[] widths = new int[content.headers().size()];
			var header = sheet.createRow(0);
			for (int c = 0; c < widths.length; c++) {
				var cell = header.createCell(c);
				cell.setCellValue(content.headers().get(c));
				cell.setCellStyle(styles.header);
				widths[c] = content.headers().get(c).length() * 2 + 2;
			}
			int r = 1;
			for (var values : content.rows()) {
				writeRow(sheet.createRow(r++), values, styles, widths);
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, widths.length - 1));
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, Math.min(widths[c], MAX_COLUMN_CHARS) * 256);
			}
			writeStamp(sheet, r + 1, stamp, content.rows().size(), widths.length, styles);
			workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(stamp.exportedBy());
			workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(stamp.what());
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			workbook.dispose();
		}
	}

	private static void writeRow(Row row, List<Object> values, Styles styles, int[] widths) {
		for (int c = 0; c < values.size(); c++) {
			var value = values.get(c);
			var cell = row.createCell(c);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof LocalDate date) {
				cell.setCellValue(date);
				cell.setCellStyle(styles.date);
			}
			else if (value instanceof String text) {
				var safe = CellText.neutralise(text);
				cell.setCellValue(safe);
				cell.setCellStyle(styles.text);
				widths[c] = Math.max(widths[c], safe.length() * 2 + 2);
			}
		}
	}

	private void writeStamp(Sheet sheet, int at, ExportStamp stamp, int count, int columns, Styles styles) {
		var lines = List.of(
				text("export.stamp.by", stamp.exportedBy()),
				text("export.stamp.at", AT.format(stamp.at())),
				text("export.stamp.what", stamp.what(), count),
				text("export.stamp.purpose", stamp.purpose()),
				text("export.stamp.notice"));
		for (var line : lines) {
			var row = sheet.createRow(at);
			var cell = row.createCell(0);
			cell.setCellValue(CellText.neutralise(line));
			cell.setCellStyle(styles.stamp);
			if (columns > 1) {
				sheet.addMergedRegion(new CellRangeAddress(at, at, 0, columns - 1));
			}
			at++;
		}
		sheet.getFooter().setLeft(lines.get(0) + " · " + lines.get(1));
		sheet.getFooter().setRight(lines.get(3));
		sheet.getHeader().setCenter(stamp.what());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private static final class Styles {

		final CellStyle header;
		final CellStyle text;
		final CellStyle date;
		final CellStyle stamp;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			var format = workbook.createDataFormat();
			text = workbook.createCellStyle();
			text.setDataFormat(format.getFormat("@"));
			date = workbook.createCellStyle();
			date.setDataFormat(format.getFormat("yyyy-mm-dd"));
			Font italic = workbook.createFont();
			italic.setItalic(true);
			stamp = workbook.createCellStyle();
			stamp.setFont(italic);
			stamp.setDataFormat(format.getFormat("@"));
		}
	}
}
