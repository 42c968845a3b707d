package kr.dolbom.shared.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The line at the foot of every page: who printed the form, when, and the page number — so a paper
 * copy found on a desk tells where it came from (개인정보의 안전성 확보조치 기준: printed personal data
 * is traceable).
 */
final class PrintFooter extends PdfPageEventHelper {

	private final String text;
	private final String pageLabel;
	private final Font font;

	PrintFooter(String text, String pageLabel, Font font) {
		this.text = text;
		this.pageLabel = pageLabel;
		this.font = font;
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		var canvas = writer.getDirectContent();
		float y = document.bottom() - 18;
		ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, font), document.left(), y, 0);
		ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
				new Phrase(pageLabel.formatted(writer.getPageNumber()), font), document.right(), y, 0);
	}
}
