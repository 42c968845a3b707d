package kr.dolbom.shared.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The Korean fonts embedded in every printed form: NanumGothic regular and bold (SIL Open Font
 * License 1.1, bundled under {@code src/main/resources/fonts/} with the licence text). The machine's
 * fonts are never used, so a form looks the same on every server. Loaded once.
 */
final class FormFonts {

	private static final BaseFont REGULAR = load("/fonts/NanumGothic.ttf");
	private static final BaseFont BOLD = load("/fonts/NanumGothicBold.ttf");

	private FormFonts() {
	}

	static BaseFont regular() {
		return REGULAR;
	}

	static BaseFont bold() {
		return BOLD;
	}

	private static BaseFont load(String path) {
		try (InputStream in = FormFonts.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: " + path);
			}
			// Identity-H with embedding: every Hangul syllable is drawn from the subset in the file
			return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
					BaseFont.EMBEDDED, BaseFont.CACHED, in.readAllBytes(), null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
