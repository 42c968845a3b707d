package kr.dolbom.shared.export;

/**
 * Formula injection (OWASP "CSV Injection"): text from users that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return can be run as a formula by a spreadsheet program
 * (e.g. {@code =HYPERLINK(...)} leaking data, or DDE commands). Such text is written with a leading
 * single quote, as OWASP recommends, so it stays inert text even after the file is edited or saved
 * as CSV; the cell is a text cell besides.
 */
public final class CellText {

	private CellText() {
	}

	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}
}
