package kr.dolbom.discovery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import kr.dolbom.discovery.NonTargetReason;
import kr.dolbom.discovery.SupportRoute;
import kr.dolbom.org.Access;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.shared.ValidationFailed;

/**
 * The 9 standard statistics of discovery targets (정형통계 9종, seeds appendix 1 4 ❸; domain.md §6) by
 * 시도 / 시군구 / 읍면동 and month. The month is the month of distribution (발굴년월): the statistics
 * follow what became of the targets distributed in that month; the monthly one covers the 12 months
 * up to it. Counts only, over the caller's offices; no resident is named.
 */
@Service
public class DiscoveryStatisticsService {

	/** 시도, 시군구, 읍면동: the unit the rows are summed by (10-digit codes: 2 + 3 + 3 + 2 digits). */
	public enum Level {
		PROVINCE(2), DISTRICT(5), OFFICE(10);

		private final int digits;

		Level(int digits) {
			this.digits = digits;
		}

		String unitOf(String officeCode) {
			return officeCode.substring(0, digits) + "0".repeat(10 - digits);
		}

		public String messageKey() {
			return "discovery.stats.level." + name();
		}

		public static Level parse(String value) {
			if (value == null || value.isBlank()) {
				return OFFICE;
			}
			try {
				return valueOf(value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw ValidationFailed.of("level", "validation.invalid");
			}
		}
	}

	/** The nine, in the order of the appendix. */
	public enum Kind {
		SUMMARY, DETAILS, MONTHLY, IN_PROGRESS, COMPLETED, COMPLETED_DETAILS, NON_TARGETS, PRIVATE_RESOURCE,
		PRIVATE_RESOURCE_DETAILS;

		public String messageKey() {
			return "discovery.stats.kind." + name();
		}
	}

	/** A row: a unit (or a month for the monthly statistic) and one value per column. */
	public record Row(String unitCode, String unitName, List<Number> values) {
	}

	/** One statistic: column message keys and rows, with a total row last. */
	public record Table(Kind kind, List<String> columns, List<Row> rows) {
	}

	public record Report(Level level, YearMonth period, List<Table> tables) {
	}

	record TargetRow(String office, String status, String result, String selection, String route, String reason,
			LocalDate distributedOn, LocalDate processedOn) {
	}

	private final JdbcClient jdbc;
	private final Access access;
	private final OrgUnits units;
	private final Clock clock;

	DiscoveryStatisticsService(JdbcClient jdbc, Access access, OrgUnits units, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.units = units;
		this.clock = clock;
	}

	public static YearMonth period(String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return YearMonth.now(clock);
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw ValidationFailed.of("period", "validation.discovery.stats.period");
		}
	}

	public Report report(Level level, YearMonth period) {
		var user = access.requireAnyRole(SelfManagedRoles.VIEW);
		var offices = user.scope().offices();
		var rows = offices.isEmpty() ? List.<TargetRow>of() : targets(offices, period.atDay(1), period.plusMonths(1).atDay(1));
		var yearRows = offices.isEmpty() ? List.<TargetRow>of()
				: targets(offices, period.minusMonths(11).atDay(1), period.plusMonths(1).atDay(1));
		var today = LocalDate.now(clock);
		List<Table> tables = new ArrayList<>();

		tables.add(byUnit(Kind.SUMMARY, level, rows, List.of("distributed", "processed", "inProgress", "unprocessed",
				"supported", "processedRate"), group -> {
					long distributed = group.size();
					long processed = count(group, r -> "PROCESSED".equals(r.status()));
					long supported = count(group, r -> "SUPPORT".equals(r.result()));
					return List.of(distributed, processed, count(group, r -> "OPEN".equals(r.status())),
							count(group, r -> "UNPROCESSED".equals(r.status())), supported, percent(processed, distributed));
				}));
		tables.add(byUnit(Kind.DETAILS, level, rows, List.of("result.SUPPORT", "selection.ADDITIONAL", "result.NON_TARGET",
				"unprocessed", "inProgress"), group -> List.of(count(group, r -> "SUPPORT".equals(r.result())),
						count(group, r -> "ADDITIONAL".equals(r.selection())),
						count(group, r -> "NON_TARGET".equals(r.result())), count(group, r -> "UNPROCESSED".equals(r.status())),
						count(group, r -> "OPEN".equals(r.status())))));
		tables.add(monthly(yearRows, period));
		tables.add(byUnit(Kind.IN_PROGRESS, level, rows, List.of("inProgress", "age.under1", "age.1to3", "age.3to6"), group -> {
			var open = group.stream().filter(r -> "OPEN".equals(r.status())).toList();
			return List.of(open.size(), count(open, r -> months(r.distributedOn(), today) < 1),
					count(open, r -> months(r.distributedOn(), today) >= 1 && months(r.distributedOn(), today) < 3),
					count(open, r -> months(r.distributedOn(), today) >= 3));
		}));
		tables.add(byUnit(Kind.COMPLETED, level, rows, List.of("processed", "result.SUPPORT", "result.NON_TARGET",
				"within1", "within3", "within6"), group -> {
					var done = group.stream().filter(r -> "PROCESSED".equals(r.status()) && r.processedOn() != null).toList();
					return List.of(done.size(), count(done, r -> "SUPPORT".equals(r.result())),
							count(done, r -> "NON_TARGET".equals(r.result())),
							count(done, r -> months(r.distributedOn(), r.processedOn()) < 1),
							count(done, r -> months(r.distributedOn(), r.processedOn()) >= 1 && months(r.distributedOn(), r.processedOn()) < 3),
							count(done, r -> months(r.distributedOn(), r.processedOn()) >= 3));
				}));
		List<String> routes = new ArrayList<>();
		for (var route : SupportRoute.values()) {
			routes.add("route." + route.name());
		}
		tables.add(byUnit(Kind.COMPLETED_DETAILS, level, rows, routes, group -> {
			List<Number> values = new ArrayList<>();
			for (var route : SupportRoute.values()) {
				values.add(count(group, r -> "SUPPORT".equals(r.result()) && route.name().equals(r.route())));
			}
			return values;
		}));
		List<String> reasons = new ArrayList<>();
		for (var reason : NonTargetReason.values()) {
			reasons.add("reason." + reason.name());
		}
		tables.add(byUnit(Kind.NON_TARGETS, level, rows, reasons, group -> {
			List<Number> values = new ArrayList<>();
			for (var reason : NonTargetReason.values()) {
				values.add(count(group, r -> "NON_TARGET".equals(r.result()) && reason.name().equals(r.reason())));
			}
			return values;
		}));
		tables.add(byUnit(Kind.PRIVATE_RESOURCE, level, rows, List.of("result.SUPPORT", "route.PRIVATE_RESOURCE",
				"privateRate"), group -> {
					long supported = count(group, r -> "SUPPORT".equals(r.result()));
					long privately = count(group, r -> "SUPPORT".equals(r.result()) && "PRIVATE_RESOURCE".equals(r.route()));
					return List.of(supported, privately, percent(privately, supported));
				}));
		tables.add(byUnit(Kind.PRIVATE_RESOURCE_DETAILS, level, rows, List.of("selection.CENTRAL", "selection.LOCAL",
				"selection.ADDITIONAL"), group -> {
					var privately = group.stream()
							.filter(r -> "SUPPORT".equals(r.result()) && "PRIVATE_RESOURCE".equals(r.route())).toList();
					return List.of(count(privately, r -> "CENTRAL".equals(r.selection())),
							count(privately, r -> "LOCAL".equals(r.selection())),
							count(privately, r -> "ADDITIONAL".equals(r.selection())));
				}));
		return new Report(level, period, tables);
	}

	private List<TargetRow> targets(java.util.Collection<String> offices, LocalDate from, LocalDate until) {
		return jdbc.sql("""
				SELECT office_code, status, result, selection, support_route, reason_code, distributed_on, processed_on
				FROM discovery_target WHERE office_code IN (:offices) AND distributed_on >= :from AND distributed_on < :until""")
				.param("offices", offices).param("from", from).param("until", until)
				.query((rs, n) -> new TargetRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
				.list();
	}

	private Table byUnit(Kind kind, Level level, List<TargetRow> rows, List<String> columns,
			Function<List<TargetRow>, List<Number>> values) {
		Map<String, List<TargetRow>> groups = new TreeMap<>();
		for (var row : rows) {
			groups.computeIfAbsent(level.unitOf(row.office()), k -> new ArrayList<>()).add(row);
		}
		List<Row> result = new ArrayList<>();
		groups.forEach((unit, group) -> result.add(new Row(unit, units.find(unit).map(OrgUnit::name).orElse(unit),
				values.apply(group))));
		result.add(new Row(null, null, values.apply(rows)));
		return new Table(kind, columns, result);
	}

	private Table monthly(List<TargetRow> rows, YearMonth period) {
		Map<YearMonth, List<TargetRow>> months = new LinkedHashMap<>();
		for (int i = 11; i >= 0; i--) {
			months.put(period.minusMonths(i), new ArrayList<>());
		}
		for (var row : rows) {
			var month = YearMonth.from(row.distributedOn());
			if (months.containsKey(month)) {
				months.get(month).add(row);
			}
		}
		Function<List<TargetRow>, List<Number>> values = group -> List.of(group.size(),
				count(group, r -> "PROCESSED".equals(r.status())), count(group, r -> "SUPPORT".equals(r.result())),
				count(group, r -> "NON_TARGET".equals(r.result())), count(group, r -> "UNPROCESSED".equals(r.status())));
		List<Row> result = new ArrayList<>();
		months.forEach((month, group) -> result.add(new Row(month.toString(), month.toString(), values.apply(group))));
		result.add(new Row(null, null, values.apply(rows)));
		return new Table(Kind.MONTHLY, List.of("distributed", "processed", "result.SUPPORT", "result.NON_TARGET",
				"unprocessed"), result);
	}

	private static long count(List<TargetRow> rows, java.util.function.Predicate<TargetRow> test) {
		return rows.stream().filter(test).count();
	}

	private static long months(LocalDate from, LocalDate to) {
		return ChronoUnit.MONTHS.between(from, to);
	}

	/** A share in percent with one decimal. */
	private static double percent(long part, long whole) {
		return whole == 0 ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
	}
}
