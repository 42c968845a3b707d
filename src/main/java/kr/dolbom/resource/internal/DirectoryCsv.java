package kr.dolbom.resource.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.resource.HouseholdType;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.TargetCharacteristic;
import kr.dolbom.shared.ValidationFailed;

/**
 * The directory as CSV (docs/resource.md "CSV"): one row per service, the provider's columns
 * repeated; a provider without services has one row with empty service columns. Multiple values
 * are separated by {@code |}. Cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) are written with a leading apostrophe, which the import
 * removes again.
 */
final class DirectoryCsv {

	static final List<String> HEADER = List.of("provider_id", "provider_name", "business_number", "phone", "address",
			"org_unit_code", "provider_type", "contact_name", "contact_mobile", "provider_description", "service_id",
			"service_name", "category", "service_description", "capacity", "from", "to", "service_contact_mobile",
			"life_stages", "targets", "disability_types", "disability_grades", "household_types", "income_classes");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

	private DirectoryCsv() {
	}

	// --- export

	static String write(List<ProviderRecord> providers, Map<ProviderId, List<ServiceRecord>> services) {
		var out = new StringWriter();
		out.write('\uFEFF'); // so that spreadsheet programs read UTF-8
		try (var printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(HEADER);
			for (var p : providers) {
				var list = services.getOrDefault(p.id(), List.of());
				if (list.isEmpty()) {
					printer.printRecord(row(p, null));
				}
				for (var s : list) {
					printer.printRecord(row(p, s));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static List<String> row(ProviderRecord p, ServiceRecord s) {
		List<String> cells = new ArrayList<>(Arrays.asList(p.id().toString(), p.name(), p.businessNumber(), p.phone(),
				p.address(), p.orgUnitCode(), p.type().name(), p.contactName(), p.contactMobile(), p.description()));
		if (s == null) {
			for (int i = cells.size(); i < HEADER.size(); i++) {
				cells.add(null);
			}
		}
		else {
			var e = s.eligibility();
			cells.addAll(Arrays.asList(s.id().toString(), s.name(), s.categoryCode(), s.description(),
					s.capacity() == null ? null : s.capacity().toString(),
					s.startsOn() == null ? null : s.startsOn().toString(),
					s.endsOn() == null ? null : s.endsOn().toString(), s.contactMobile(), join(e.lifeStages()),
					join(e.targets()), join(e.disabilityTypes()), join(e.disabilityGrades()), join(e.householdTypes()),
					join(e.incomeClasses())));
		}
		return cells.stream().map(DirectoryCsv::neutralise).toList();
	}

	private static String join(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining("|"));
	}

	/** Formula injection: a cell a spreadsheet would evaluate is written as text. */
	static String neutralise(String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\'') {
			return "'" + cell;
		}
		return cell;
	}

	static String restore(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'') {
			char next = cell.charAt(1);
			if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r'
					|| next == '\'') {
				return cell.substring(1);
			}
		}
		return cell;
	}

	// --- import

	/** Parses the text; format problems are reported as {@code rows[<line>].<column>}, all at once. */
	static List<DirectoryFile.Provider> read(String text) {
		var problems = new DirectoryFile.Problems();
		List<CSVRecord> records;
		try (var parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			records = parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw ValidationFailed.of("file", "validation.resource.import.csv-malformed");
		}
		if (records.isEmpty()) {
			throw ValidationFailed.of("file", "validation.resource.import.empty");
		}
		var header = records.get(0).stream().map(String::strip).toList();
		if (!header.equals(HEADER)) {
			throw ValidationFailed.of("file", "validation.resource.import.header",
					String.join(",", HEADER));
		}
		if (records.size() == 1) {
			throw ValidationFailed.of("file", "validation.resource.import.empty");
		}
		Map<String, DirectoryFile.Provider> providers = new LinkedHashMap<>();
		Map<String, List<DirectoryFile.Service>> services = new LinkedHashMap<>();
		for (int i = 1; i < records.size(); i++) {
			var record = records.get(i);
			long line = record.getRecordNumber();
			var at = "rows[" + line + "].";
			if (record.size() != HEADER.size()) {
				problems.add("rows[" + line + "]", "validation.resource.import.columns", line, record.size(),
						HEADER.size());
				continue;
			}
			Function<String, String> cell = column -> {
				var value = restore(record.get(HEADER.indexOf(column)));
				return value == null || value.isBlank() ? null : value.strip();
			};
			var providerId = cell.apply("provider_id");
			var name = cell.apply("provider_name");
			var key = providerId != null ? "id:" + providerId
					: "name:" + ResourceKeys.name(name) + "|" + ResourceKeys.digits(cell.apply("phone"));
			var type = cell.apply("provider_type") == null ? ProviderType.PRIVATE
					: DirectoryFile.enumValue(ProviderType.class, cell.apply("provider_type")).orElse(null);
			if (type == null) {
				problems.add(at + "provider_type", "validation.resource.import.value", line, "provider_type");
			}
			var provider = new DirectoryFile.Provider(providerId, name, cell.apply("business_number"),
					cell.apply("phone"), cell.apply("address"), cell.apply("org_unit_code"), type,
					cell.apply("contact_name"), cell.apply("contact_mobile"), cell.apply("provider_description"),
					List.of(), "rows[" + line + "]");
			var first = providers.putIfAbsent(key, provider);
			if (first != null && !ResourceKeys.name(first.name()).equals(ResourceKeys.name(name))) {
				problems.add(at + "provider_name", "validation.resource.import.provider-differs", line,
						first.location());
			}
			if (cell.apply("service_name") == null && cell.apply("service_id") == null) {
				continue;
			}
			Integer capacity = null;
			if (cell.apply("capacity") != null) {
				try {
					capacity = Integer.valueOf(cell.apply("capacity"));
				}
				catch (NumberFormatException e) {
					problems.add(at + "capacity", "validation.resource.import.value", line, "capacity");
				}
			}
			var from = date(cell.apply("from"), at + "from", line, problems);
			var to = date(cell.apply("to"), at + "to", line, problems);
			var eligibility = new Eligibility(
					values(cell.apply("life_stages"), LifeStage.class, at + "life_stages", line, problems),
					values(cell.apply("targets"), TargetCharacteristic.class, at + "targets", line, problems),
					values(cell.apply("disability_types"), DisabilityType.class, at + "disability_types", line, problems),
					values(cell.apply("disability_grades"), DisabilityGrade.class, at + "disability_grades", line,
							problems),
					values(cell.apply("household_types"), HouseholdType.class, at + "household_types", line, problems),
					values(cell.apply("income_classes"), IncomeClass.class, at + "income_classes", line, problems));
			services.computeIfAbsent(key, k -> new ArrayList<>())
					.add(new DirectoryFile.Service(cell.apply("service_id"), cell.apply("service_name"),
							cell.apply("category"), cell.apply("service_description"), capacity, from, to,
							cell.apply("service_contact_mobile"), eligibility, true, "rows[" + line + "]"));
		}
		problems.throwIfAny();
		return providers.entrySet().stream().map(e -> {
			var p = e.getValue();
			return new DirectoryFile.Provider(p.sourceId(), p.name(), p.businessNumber(), p.phone(), p.address(),
					p.orgUnitCode(), p.type(), p.contactName(), p.contactMobile(), p.description(),
					services.getOrDefault(e.getKey(), List.of()), p.location());
		}).toList();
	}

	private static LocalDate date(String value, String field, long line, DirectoryFile.Problems problems) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			problems.add(field, "validation.resource.import.date", line);
			return null;
		}
	}

	private static <E extends Enum<E>> Set<E> values(String value, Class<E> type, String field, long line,
			DirectoryFile.Problems problems) {
		if (value == null) {
			return Set.of();
		}
		Set<E> values = new LinkedHashSet<>();
		for (var part : value.split("\\|")) {
			if (part.isBlank()) {
				continue;
			}
			var parsed = DirectoryFile.enumValue(type, part);
			if (parsed.isEmpty()) {
				problems.add(field, "validation.resource.import.value", line, part.strip());
			}
			else {
				values.add(parsed.get());
			}
		}
		return values;
	}
}
