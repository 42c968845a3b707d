package kr.dolbom.org.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.dolbom.org.OrgUnitLevel;

/**
 * Loads the national hierarchy: the bundled 2023-07 code file once, then every change file (bundled
 * under {@code org/changes/}, or dropped into {@code <data dir>/org-changes/}) once each, in name
 * order. A file is applied whole or not at all; two nodes starting together apply it once.
 */
@Component
public class OrgCodeLoader {

	private static final Logger log = LoggerFactory.getLogger(OrgCodeLoader.class);

	static final String BASE_FILE = "org/administrative-codes-2023-07.tsv";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final OrgSettings settings;
	private final Clock clock;

	OrgCodeLoader(JdbcClient jdbc, TransactionTemplate transactions, OrgSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/** Applies whatever has not been applied yet; returns the names of the files applied now. */
	public List<String> loadPending() {
		List<String> applied = new ArrayList<>();
		var resolver = new PathMatchingResourcePatternResolver();
		try {
			if (apply(BASE_FILE, resolver.getResource("classpath:" + BASE_FILE).getInputStream(), true)) {
				applied.add(BASE_FILE);
			}
			var bundled = resolver.getResources("classpath*:org/changes/*.tsv");
			Arrays.sort(bundled, Comparator.comparing(Resource::getFilename));
			for (var resource : bundled) {
				var name = "org/changes/" + resource.getFilename();
				try (var in = resource.getInputStream()) {
					if (apply(name, in, false)) {
						applied.add(name);
					}
				}
			}
			for (var file : externalChangeFiles()) {
				try (var in = Files.newInputStream(file)) {
					var name = "org-changes/" + file.getFileName();
					if (apply(name, in, false)) {
						applied.add(name);
					}
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("administrative code files cannot be read", e);
		}
		return applied;
	}

	private List<Path> externalChangeFiles() throws IOException {
		var dir = settings.dataDir().resolve("org-changes");
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
		}
	}

	private boolean apply(String name, InputStream in, boolean base) throws IOException {
		if (jdbc.sql("SELECT COUNT(*) FROM org_code_file WHERE name = ?").param(name).query(Long.class).single() > 0) {
			return false;
		}
		List<CodeRow> rows = base ? CodeFileParser.parseBase(in) : List.of();
		List<CodeChange> changes = base ? List.of() : CodeFileParser.parseChanges(in);
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				// The marker row goes first: a second node blocks on it and then skips the file.
				jdbc.sql("INSERT INTO org_code_file (name, applied_at, rows_applied) VALUES (?, ?, ?)")
						.params(name, OffsetDateTime.now(clock), base ? rows.size() : changes.size()).update();
				if (base) {
					insertBase(rows);
				}
				else {
					applyChanges(changes);
				}
				return true;
			}));
		}
		catch (DuplicateKeyException concurrentlyApplied) {
			return false;
		}
		finally {
			log.info("Administrative code file {} checked", name);
		}
	}

	private void insertBase(List<CodeRow> rows) {
		Map<String, OrgUnitLevel> known = new HashMap<>();
		var units = rows.stream().filter(r -> !r.isProvinceLevelBranchOffice()).sorted(HIERARCHY_ORDER).toList();
		units.forEach(r -> known.put(r.code().value(), r.code().level()));
		for (var row : units) {
			insert(row, parentOf(row.code(), known));
		}
	}

	private void applyChanges(List<CodeChange> changes) {
		Map<String, OrgUnitLevel> known = new HashMap<>();
		jdbc.sql("SELECT code, level FROM org_unit").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list().forEach(e -> known.put(e.getKey(), OrgUnitLevel.valueOf(e.getValue())));
		var ordered = changes.stream()
				.sorted(Comparator.comparing(CodeChange::effectiveOn)
						.thenComparing(c -> target(c), CODE_ORDER))
				.toList();
		for (var change : ordered) {
			switch (change.kind()) {
				case CREATED -> {
					insert(change.asRow(change.code()), parentOf(change.code(), known));
					known.put(change.code().value(), change.code().level());
				}
				case RECODED -> {
					var successor = change.replacement();
					insert(change.asRow(successor), parentOf(successor, known));
					known.put(successor.value(), successor.level());
					abolish(change.code(), change.effectiveOn(), successor);
				}
				case ABOLISHED -> abolish(change.code(), change.effectiveOn(), change.replacement());
				case RENAMED -> {
					var row = change.asRow(change.code());
					jdbc.sql("UPDATE org_unit SET name = ?, full_name = ? WHERE code = ?")
							.params(row.name(), row.fullName(), change.code().value()).update();
				}
			}
		}
	}

	private static AdministrativeCode target(CodeChange change) {
		return change.kind() == CodeChange.Kind.RECODED ? change.replacement() : change.code();
	}

	private void insert(CodeRow row, String parentCode) {
		jdbc.sql("""
				INSERT INTO org_unit (code, name, full_name, level, parent_code, created_on, abolished_on)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(row.code().value(), row.name(), row.fullName(), row.code().level().name(), parentCode,
						row.createdOn(), row.abolishedOn())
				.update();
	}

	private void abolish(AdministrativeCode code, LocalDate on, AdministrativeCode successor) {
		jdbc.sql("UPDATE org_unit SET abolished_on = ?, successor_code = ? WHERE code = ?")
				.params(on, successor == null ? null : successor.value(), code.value()).update();
	}

	/**
	 * An office hangs below its 시군구 (or, in 세종, directly below the 시도-level city); a 일반구
	 * below its city; a 시군구 below its 시도.
	 */
	static String parentOf(AdministrativeCode code, Map<String, OrgUnitLevel> known) {
		return switch (code.level()) {
			case PROVINCE -> null;
			case DISTRICT -> {
				var city = code.cityCodeOfGeneralDistrict();
				yield code.mayBeGeneralDistrict() && known.get(city) == OrgUnitLevel.DISTRICT ? city
						: code.provinceCode();
			}
			case OFFICE -> known.get(code.districtCode()) == OrgUnitLevel.DISTRICT ? code.districtCode()
					: code.provinceCode();
		};
	}

	/** Parents before children: provinces, then cities, then their 일반구, then offices. */
	static final Comparator<AdministrativeCode> CODE_ORDER = Comparator
			.comparing((AdministrativeCode c) -> c.level().ordinal())
			.thenComparing(AdministrativeCode::mayBeGeneralDistrict)
			.thenComparing(AdministrativeCode::value);

	private static final Comparator<CodeRow> HIERARCHY_ORDER = Comparator.comparing(CodeRow::code, CODE_ORDER);
}
