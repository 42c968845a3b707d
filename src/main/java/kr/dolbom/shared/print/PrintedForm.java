package kr.dolbom.shared.print;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * An official A4 form (20 mm margins, NanumGothic embedded): a centred title, labelled fields in
 * ruled boxes, tables with empty rows for handwriting, lined boxes to write on during a talk, and
 * signature lines. Built top to bottom, then {@link #toPdf()}. Callers pass the text (Korean, from
 * their message bundle); this class knows only the layout. Null values print as empty boxes.
 */
public final class PrintedForm {

	/** A label and its value, e.g. 성명 | 김영희. */
	public record Field(String label, String value) {
	}

	/** A table column: its header and relative width. */
	public record Column(String header, float width) {
	}

	private static final float MARGIN = 56.7f; // 20 mm
	private static final Color LABEL_FILL = new Color(0xEE, 0xEE, 0xEE);
	private static final Color RULE = new Color(0x55, 0x55, 0x55);

	private final Font titleFont = new Font(FormFonts.bold(), 18);
	private final Font headingFont = new Font(FormFonts.bold(), 11);
	private final Font labelFont = new Font(FormFonts.bold(), 9);
	private final Font textFont = new Font(FormFonts.regular(), 9.5f);
	private final Font smallFont = new Font(FormFonts.regular(), 8, Font.NORMAL, new Color(0x44, 0x44, 0x44));
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 10);
	private final PdfWriter writer;

	private PrintedForm(String title, String footer) {
		writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new PrintFooter(footer, "- %d -", smallFont));
		document.addTitle(title);
		document.addCreator("Dolbom");
		document.open();
		var heading = new Paragraph(title, titleFont);
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingAfter(14);
		document.add(heading);
	}

	/**
	 * A new A4 form with its title; {@code footer} is printed at the foot of every page (who printed
	 * it and when), with the page number.
	 */
	public static PrintedForm a4(String title, String footer) {
		return new PrintedForm(title, footer);
	}

	/** A small right-aligned line under the title (issuing office, reference date). */
	public PrintedForm subtitle(String text) {
		var p = new Paragraph(text, smallFont);
		p.setAlignment(Element.ALIGN_RIGHT);
		p.setSpacingAfter(6);
		document.add(p);
		return this;
	}

	/**
	 * Starts a new page unless {@code points} of height are left, so that a block that belongs together
	 * (a consent statement and its signature lines) is never split.
	 */
	public PrintedForm keepTogether(float points) {
		if (writer.getVerticalPosition(true) - document.bottom() < points) {
			document.newPage();
		}
		return this;
	}

	/** A section heading: a bold line with a rule under it. */
	public PrintedForm section(String heading) {
		var table = new PdfPTable(1);
		table.setWidthPercentage(100);
		table.setSpacingBefore(10);
		var cell = new PdfPCell(new Phrase(heading, headingFont));
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderWidthBottom(1.2f);
		cell.setPaddingBottom(4);
		table.addCell(cell);
		document.add(table);
		return this;
	}

	/** Labelled fields in a ruled grid, {@code perRow} label/value pairs per row. */
	public PrintedForm fields(int perRow, List<Field> fields) {
		var widths = new float[perRow * 2];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = i % 2 == 0 ? 1.3f : 2.2f;
		}
		var table = table(widths);
		for (var field : fields) {
			table.addCell(labelCell(field.label()));
			table.addCell(valueCell(field.value(), 20));
		}
		int rest = fields.size() % perRow;
		for (int i = 0; rest > 0 && i < (perRow - rest) * 2; i++) {
			table.addCell(valueCell("", 20));
		}
		document.add(table);
		return this;
	}

	/** A table with a header row, the given rows, then {@code blankRows} empty rows to write in by hand. */
	public PrintedForm table(List<Column> columns, List<List<String>> rows, int blankRows) {
		var widths = new float[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = columns.get(i).width();
		}
		var table = table(widths);
		table.setHeaderRows(1);
		for (var column : columns) {
			var cell = labelCell(column.header());
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			table.addCell(cell);
		}
		for (var row : rows) {
			for (int i = 0; i < columns.size(); i++) {
				table.addCell(valueCell(i < row.size() ? row.get(i) : "", 20));
			}
		}
		for (int r = 0; r < blankRows; r++) {
			for (int i = 0; i < columns.size(); i++) {
				table.addCell(valueCell("", 24));
			}
		}
		document.add(table);
		return this;
	}

	/** A labelled box with printed text (may be empty) followed by ruled empty lines to write on. */
	public PrintedForm writingLines(String label, String printed, int lines) {
		var table = table(new float[] { 1.5f, 5.4f });
		var labelCell = labelCell(label);
		labelCell.setRowspan(Math.max(1, lines) + (printed == null || printed.isBlank() ? 0 : 1));
		table.addCell(labelCell);
		if (printed != null && !printed.isBlank()) {
			var cell = valueCell(printed, 20);
			cell.setBorder(Rectangle.TOP | Rectangle.RIGHT);
			table.addCell(cell);
		}
		for (int i = 0; i < Math.max(1, lines); i++) {
			var line = valueCell("", 22);
			line.setBorder(Rectangle.BOTTOM | Rectangle.RIGHT | (i == 0 && (printed == null || printed.isBlank())
					? Rectangle.TOP : 0));
			line.setBorderColorBottom(i == lines - 1 ? RULE : Color.LIGHT_GRAY);
			table.addCell(line);
		}
		document.add(table);
		return this;
	}

	/** Running text (e.g. the consent statement or the body of a notice). */
	public PrintedForm paragraph(String text) {
		var p = new Paragraph(text == null ? "" : text, textFont);
		p.setSpacingBefore(8);
		p.setLeading(15);
		document.add(p);
		return this;
	}

	/** Small print: legal basis, confidentiality notes. */
	public PrintedForm note(String text) {
		var p = new Paragraph(text, smallFont);
		p.setSpacingBefore(6);
		document.add(p);
		return this;
	}

	/**
	 * The date line and one signature line per signer: role, printed name, and room for the
	 * handwritten signature ({@code signHere}, e.g. "(서명 또는 인)").
	 */
	public PrintedForm signatures(String dateLine, List<Field> signers, String signHere) {
		var date = new Paragraph(dateLine, textFont);
		date.setAlignment(Element.ALIGN_CENTER);
		date.setSpacingBefore(16);
		date.setSpacingAfter(10);
		document.add(date);
		var table = new PdfPTable(new float[] { 2.2f, 1.4f, 2f, 1.4f });
		table.setWidthPercentage(70);
		table.setHorizontalAlignment(Element.ALIGN_RIGHT);
		for (var signer : signers) {
			table.addCell(plain(signer.label(), labelFont));
			var name = plain(signer.value() == null ? "" : signer.value(), textFont);
			name.setBorder(Rectangle.BOTTOM);
			table.addCell(name);
			var space = plain("", textFont);
			space.setBorder(Rectangle.BOTTOM);
			table.addCell(space);
			table.addCell(plain(signHere, smallFont));
		}
		document.add(table);
		return this;
	}

	/** The issuer at the foot of a letter, large and centred (e.g. "충청남도 공주시 신관동장"). */
	public PrintedForm issuer(String text) {
		var p = new Paragraph(text, titleFont);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingBefore(28);
		document.add(p);
		return this;
	}

	public byte[] toPdf() {
		document.close();
		return out.toByteArray();
	}

	private PdfPTable table(float[] widths) {
		var table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSplitLate(false);
		return table;
	}

	private PdfPCell labelCell(String text) {
		var cell = new PdfPCell(new Phrase(text == null ? "" : text, labelFont));
		cell.setBackgroundColor(LABEL_FILL);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setPadding(4);
		cell.setBorderColor(RULE);
		return cell;
	}

	private PdfPCell valueCell(String text, float minHeight) {
		var cell = new PdfPCell(new Phrase(text == null ? "" : text, textFont));
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setMinimumHeight(minHeight);
		cell.setPadding(4);
		cell.setBorderColor(RULE);
		return cell;
	}

	private static PdfPCell plain(String text, Font font) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
		cell.setMinimumHeight(26);
		cell.setPaddingBottom(3);
		return cell;
	}
}
