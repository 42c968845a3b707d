package kr.dolbom.discovery.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import kr.dolbom.people.Rrn;
import kr.dolbom.shared.FieldProblem;

/**
 * Reads an agency file (api.md "Discovery"): CSV with the header
 * {@code rrn,name,orgUnitCode,observedOn,amount,lat,lon}, in the declared encoding (UTF-8, or
 * EUC-KR/CP949 as Korean agencies send them; a UTF-8 byte-order mark is ignored). Streams the file
 * and hands every valid row to the sink; collects the problems of every invalid row with its line
 * number (the header is line 1). The caller stores the rows in one transaction and drops them all
 * when {@link Result#problems()} is not empty: a file is accepted whole or not at all.
 */
final class AgencyFileReader {

	static final String HEADER = "rrn,name,orgUnitCode,observedOn,amount,lat,lon";
	static final int COLUMNS = 7;
	/** Enough to correct a file; more would only flood the page. */
	static final int MAX_PROBLEMS = 100;

	record Row(int line, Rrn rrn, String name, String officeCode, LocalDate observedOn, Long amount, Double lat,
			Double lon) {
	}

	interface Sink {
		void accept(Row row);
	}

	record Result(int rows, List<FieldProblem> problems) {

		boolean accepted() {
			return problems.isEmpty();
		}
	}

	/** UTF-8, or EUC-KR / CP949 (read as CP949, the superset Korean Windows writes); null for an unknown name. */
	static Charset charset(String declared) {
		if (declared == null || declared.isBlank()) {
			return StandardCharsets.UTF_8;
		}
		return switch (declared.strip().toUpperCase(Locale.ROOT).replace("_", "-")) {
			case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
			case "EUC-KR", "EUCKR", "CP949", "MS949", "X-WINDOWS-949" -> Charset.forName("x-windows-949");
			default -> null;
		};
	}

	private final Predicate<String> knownOffice;
	private final LocalDate today;

	AgencyFileReader(Predicate<String> knownOffice, LocalDate today) {
		this.knownOffice = knownOffice;
		this.today = today;
	}

	Result read(InputStream input, Charset charset, Sink sink) throws IOException {
		var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		var problems = new ArrayList<FieldProblem>();
		int lineNo = 0;
		int rows = 0;
		try (var reader = new BufferedReader(new InputStreamReader(input, decoder), 1 << 16)) {
			String line;
			try {
				line = reader.readLine();
				lineNo = 1;
				if (line == null) {
					return new Result(0, List.of(new FieldProblem("file", "discovery.file.empty")));
				}
				if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
					line = line.substring(1);
				}
				if (!HEADER.equals(line.strip().replace(" ", ""))) {
					return new Result(0, List.of(new FieldProblem("file", "discovery.file.header", HEADER)));
				}
				var fields = new String[COLUMNS];
				while ((line = reader.readLine()) != null) {
					lineNo++;
					if (line.isBlank()) {
						continue;
					}
					var row = row(lineNo, line, fields, problems);
					if (row != null) {
						rows++;
						if (problems.isEmpty()) {
							sink.accept(row);
						}
					}
					if (problems.size() >= MAX_PROBLEMS) {
						problems.add(new FieldProblem("file", "discovery.file.too-many-problems", MAX_PROBLEMS));
						return new Result(rows, problems);
					}
				}
			}
			catch (CharacterCodingException e) {
				problems.add(new FieldProblem("line " + (lineNo + 1), "discovery.file.encoding", lineNo + 1,
						charset.name()));
				return new Result(rows, problems);
			}
		}
		if (rows == 0 && problems.isEmpty()) {
			problems.add(new FieldProblem("file", "discovery.file.no-rows"));
		}
		return new Result(rows, problems);
	}

	private Row row(int lineNo, String line, String[] fields, List<FieldProblem> problems) {
		int count = split(line, fields);
		if (count != COLUMNS) {
			problems.add(problem(lineNo, "discovery.file.columns", COLUMNS, count));
			return null;
		}
		int before = problems.size();
		var rrnProblem = Rrn.problemOf(fields[0]);
		if (rrnProblem.isPresent()) {
			problems.add(problem(lineNo, "discovery.file.rrn"));
		}
		var name = fields[1].strip();
		if (name.isEmpty() || name.length() > 60) {
			problems.add(problem(lineNo, "discovery.file.name"));
		}
		var office = fields[2].strip();
		if (!office.matches("\\d{10}") || !knownOffice.test(office)) {
			problems.add(problem(lineNo, "discovery.file.office", office));
		}
		LocalDate observed = null;
		try {
			observed = LocalDate.parse(fields[3].strip());
			if (observed.isAfter(today)) {
				problems.add(problem(lineNo, "discovery.file.observed-future"));
			}
		}
		catch (DateTimeParseException e) {
			problems.add(problem(lineNo, "discovery.file.observed"));
		}
		Long amount = null;
		var amountText = fields[4].strip();
		if (!amountText.isEmpty()) {
			try {
				amount = Long.parseLong(amountText);
				if (amount < 0) {
					problems.add(problem(lineNo, "discovery.file.amount"));
				}
			}
			catch (NumberFormatException e) {
				problems.add(problem(lineNo, "discovery.file.amount"));
			}
		}
		var lat = coordinate(fields[5], -90, 90, lineNo, problems);
		var lon = coordinate(fields[6], -180, 180, lineNo, problems);
		if ((lat == null) != (lon == null)) {
			problems.add(problem(lineNo, "discovery.file.coordinates"));
		}
		if (problems.size() > before) {
			return null;
		}
		return new Row(lineNo, Rrn.parse(fields[0]), name, office, observed, amount, lat, lon);
	}

	private static Double coordinate(String text, double min, double max, int lineNo, List<FieldProblem> problems) {
		var value = text.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			double d = Double.parseDouble(value);
			if (d < min || d > max || Double.isNaN(d)) {
				problems.add(problem(lineNo, "discovery.file.coordinates"));
				return null;
			}
			return d;
		}
		catch (NumberFormatException e) {
			problems.add(problem(lineNo, "discovery.file.coordinates"));
			return null;
		}
	}

	private static FieldProblem problem(int lineNo, String key, Object... more) {
		var arguments = new Object[more.length + 1];
		arguments[0] = lineNo;
		System.arraycopy(more, 0, arguments, 1, more.length);
		return new FieldProblem("line " + lineNo, key, arguments);
	}

	/**
	 * Splits one CSV line (RFC 4180 quoting within the line: {@code "a, b"} and {@code ""}) into
	 * {@code fields}; returns the number of fields found (more than the array holds is counted, not kept).
	 */
	static int split(String line, String[] fields) {
		int count = 0;
		var current = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
						current.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					current.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				if (count < fields.length) {
					fields[count] = current.toString();
				}
				count++;
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		if (count < fields.length) {
			fields[count] = current.toString();
		}
		return count + 1;
	}
}
