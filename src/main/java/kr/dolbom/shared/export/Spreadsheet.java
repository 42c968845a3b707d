package kr.dolbom.shared.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The content of an exported list: a sheet name, the column headers and the rows. Cells may be
 * text, numbers, dates or null; {@link SpreadsheetWriter} turns it into an .xlsx file.
 */
public final class Spreadsheet {

	private final String name;
	private final List<String> headers;
	private final List<List<Object>> rows = new ArrayList<>();

	private Spreadsheet(String name, List<String> headers) {
		this.name = name;
		this.headers = List.copyOf(headers);
	}

	public static Spreadsheet of(String name, String... headers) {
		return new Spreadsheet(name, Arrays.asList(headers));
	}

	/** One row, in the order of the headers: String, Number, LocalDate or null. */
	public Spreadsheet row(Object... cells) {
		if (cells.length != headers.size()) {
			throw new IllegalArgumentException("a row needs " + headers.size() + " cells, got " + cells.length);
		}
		for (var cell : cells) {
			if (cell != null && !(cell instanceof String || cell instanceof Number || cell instanceof LocalDate)) {
				throw new IllegalArgumentException("unsupported cell type " + cell.getClass().getName());
			}
		}
		rows.add(Arrays.asList(cells));
		return this;
	}

	public String name() {
		return name;
	}

	public List<String> headers() {
		return headers;
	}

	public List<List<Object>> rows() {
		return List.copyOf(rows);
	}
}
