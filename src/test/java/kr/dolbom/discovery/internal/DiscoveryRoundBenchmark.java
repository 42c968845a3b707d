package kr.dolbom.discovery.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;

import kr.dolbom.deadline.DeadlineId;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.DeadlineView;
import kr.dolbom.deadline.Deadlines;
import kr.dolbom.deadline.OpenDeadline;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.org.UserId;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.ResidentRegistry;
import kr.dolbom.people.Rrn;
import kr.dolbom.people.internal.RrnProtection;

/**
 * quality.md: one full discovery round — ingest + score + rank + distribute — over the agency files
 * of {@link NationalRoundDataset}, against the same ranking computed in the same invocation by
 * DuckDB (JDBC, {@code read_csv} + SQL) and by PostgreSQL (COPY + SQL). See bench/discovery-round.sh.
 * <p>
 * The application's path is the module's own code: {@link AgencyFileIngest} (parse, validate,
 * keyed hash, encryption, batch insert), {@link RoundScoring} and {@link TargetDistribution} on
 * PostgreSQL, each step in one transaction. Persons are not in the people register here (every
 * household is a household of one), and the TARGET_PROCESSING deadline is counted but not stored.
 * All three compute: per person the distinct indicator kinds, the score as the sum of the kinds'
 * weights, the rank by score, the top {@code selection}. They are compared by the selected scores
 * (how many selected at each score): ties at the cut-off are broken by different keys (the app
 * orders by the keyed hash, which the engines cannot compute).
 * <p>
 * {@code java … DiscoveryRoundBenchmark <dir> <pg-url> <pg-user> <rrn-key> [selection=150000]}
 */
public final class DiscoveryRoundBenchmark {

	public static void main(String[] args) throws Exception {
		var dir = Path.of(args[0]);
		var url = args[1];
		var user = args[2];
		var protection = RrnProtection.forKey(args[3]);
		int selection = args.length > 4 ? Integer.parseInt(args[4]) : 150_000;
		var files = new ArrayList<Path>();
		try (var list = Files.list(dir)) {
			list.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
		}

		var app = app(files, url, user, protection, selection);
		var duck = duckdb(files, selection);
		var pg = postgres(files, url, user, selection);

		System.out.println();
		System.out.printf("| engine | records | time (s) | records/s | selected | cut-off score | same selected scores |%n");
		System.out.printf("| --- | --- | --- | --- | --- | --- | --- |%n");
		for (var r : List.of(app, duck, pg)) {
			System.out.printf("| %s | %,d | %.1f | %,.0f | %,d | %d | %s |%n", r.engine, r.records, r.seconds,
					r.records / r.seconds, r.selected(), r.cutoff(), r.histogram.equals(app.histogram) ? "yes" : "NO");
		}
		System.out.printf("%napp / DuckDB = %.2f×, app / PostgreSQL = %.2f×%n", app.seconds / duck.seconds,
				app.seconds / pg.seconds);
		System.out.println("app steps: " + app.steps);
	}

	record Result(String engine, long records, double seconds, TreeMap<Integer, Long> histogram, String steps) {

		long selected() {
			return histogram.values().stream().mapToLong(Long::longValue).sum();
		}

		int cutoff() {
			return histogram.isEmpty() ? 0 : histogram.firstKey();
		}
	}

	// ------------------------------------------------------------------ the application

	static Result app(List<Path> files, String url, String user, RrnProtection protection, int selection)
			throws Exception {
		var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url + "?reWriteBatchedInserts=true",
				user, "");
		var jdbc = new JdbcTemplate(dataSource);
		try (var connection = dataSource.getConnection()) {
			connection.createStatement().execute("DROP SCHEMA IF EXISTS discovery_bench CASCADE");
			connection.createStatement().execute("CREATE SCHEMA discovery_bench");
		}
		dataSource.setUrl(url + "?reWriteBatchedInserts=true&currentSchema=discovery_bench");
		try (var connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/common/discovery/V1__discovery.sql"));
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("db/migration/common/discovery/V2__indicator_kinds.sql"));
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("db/migration/common/discovery/R__discovery_indexes.sql"));
		}
		var tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		var round = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO discovery_round (id, label, state, reference_date, selection_count, created_at)
				VALUES (?, '2026-6차', 'CREATED', ?, ?, ?)""", round, LocalDate.of(2026, 11, 1), selection,
				OffsetDateTime.now());
		var offices = new HashSet<>(NationalRoundDataset.offices(10_000));
		var registry = new BenchRegistry(protection);
		var steps = new StringBuilder();

		long start = System.nanoTime();
		long records = 0;
		for (var file : files) {
			var kind = file.getFileName().toString().replace(".csv", "");
			long count = tx.execute(status -> {
				try (InputStream in = Files.newInputStream(file)) {
					return (long) new AgencyFileIngest(jdbc, registry).ingest(round, kind,
							java.nio.charset.StandardCharsets.UTF_8, "UTF-8", in, offices::contains,
							LocalDate.of(2026, 11, 25), null, OffsetDateTime.now());
				}
				catch (java.io.IOException e) {
					throw new IllegalStateException(e);
				}
			});
			records += count;
		}
		long ingested = System.nanoTime();
		steps.append(String.format("ingest %.1f s", (ingested - start) / 1e9));
		tx.executeWithoutResult(status -> new RoundScoring(jdbc, hashes -> Map.of(), null).score(round,
				OffsetDateTime.now()));
		long scored = System.nanoTime();
		steps.append(String.format(", score+rank+select %.1f s", (scored - ingested) / 1e9));
		var deadlines = new CountingDeadlines();
		var alerts = new JdbcDiscoveryAlerts(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource));
		var distribution = new TargetDistribution(jdbc, deadlines, event -> {
		}, alerts);
		int targets = tx.execute(
				status -> distribution.distribute(new RoundId(round), LocalDate.of(2026, 11, 25), OffsetDateTime.now()));
		long end = System.nanoTime();
		steps.append(String.format(", distribute %.1f s (%,d targets)", (end - scored) / 1e9, targets));

		var histogram = new TreeMap<Integer, Long>();
		jdbc.query("SELECT score, COUNT(*) FROM discovery_target WHERE round_id = ? GROUP BY score",
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> histogram.put(rs.getInt(1), rs.getLong(2)),
				round);
		return new Result("Dolbom (ingest + score + rank + distribute, PostgreSQL)", records, (end - start) / 1e9,
				histogram, steps.toString());
	}

	/** The register's keyed hash and encryption, with nobody registered. */
	static final class BenchRegistry implements ResidentRegistry {

		private final RrnProtection protection;

		BenchRegistry(RrnProtection protection) {
			this.protection = protection;
		}

		@Override
		public String lookupKey(Rrn rrn) {
			return protection.lookupHash(rrn);
		}

		@Override
		public String seal(Rrn rrn) {
			return protection.encrypt(rrn);
		}

		@Override
		public Rrn unseal(String sealed) {
			return protection.decrypt(sealed);
		}

		@Override
		public Map<String, PersonSummary> byLookupKeys(java.util.Collection<String> keys) {
			return Map.of();
		}

		@Override
		public PersonId register(String name, Rrn rrn, String officeCode, String addressLine, String phone) {
			throw new UnsupportedOperationException();
		}
	}

	static final class CountingDeadlines implements Deadlines {

		long opened;

		@Override
		public DeadlineView open(OpenDeadline request) {
			opened++;
			return null;
		}

		@Override
		public DeadlineView complete(DeadlineId id, LocalDate doneOn) {
			throw new UnsupportedOperationException();
		}

		@Override
		public java.util.Optional<DeadlineView> complete(DeadlineSubject subject, Step step, StepVariant variant,
				LocalDate doneOn) {
			throw new UnsupportedOperationException();
		}

		@Override
		public DeadlineView cancel(DeadlineId id, String reason) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<DeadlineView> cancelAll(DeadlineSubject subject, String reason) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<DeadlineView> reassign(DeadlineSubject subject, UserId assignee, UUID teamId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public DeadlineView get(DeadlineId id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<DeadlineView> of(DeadlineSubject subject) {
			throw new UnsupportedOperationException();
		}
	}

	// ------------------------------------------------------------------ the reference engines

	static String weightsValues() {
		var sql = new StringBuilder();
		try (var in = new ClassPathResource("db/migration/common/discovery/V2__indicator_kinds.sql").getInputStream()) {
			var text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			var matcher = java.util.regex.Pattern.compile("\\('([A-Z_]+)',\\s*'[^']*',\\s*'[^']*',\\s*(\\d+)").matcher(text);
			while (matcher.find()) {
				sql.append(sql.isEmpty() ? "" : ", ").append("('").append(matcher.group(1)).append("', ")
						.append(matcher.group(2)).append(")");
			}
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return sql.toString();
	}

	/** The same ranking: distinct kinds per person, summed weights, top N by score. */
	static String rankingSql(String records, int selection) {
		return """
				WITH w(code, weight) AS (VALUES %s),
				pk AS (SELECT DISTINCT rrn, indicator FROM %s),
				s AS (SELECT pk.rrn, SUM(w.weight) AS score FROM pk JOIN w ON w.code = pk.indicator GROUP BY pk.rrn),
				r AS (SELECT score, ROW_NUMBER() OVER (ORDER BY score DESC, rrn) AS rk FROM s)
				SELECT score, COUNT(*) FROM r WHERE rk <= %d GROUP BY score""".formatted(weightsValues(), records,
				selection);
	}

	static Result duckdb(List<Path> files, int selection) throws Exception {
		Class.forName("org.duckdb.DuckDBDriver");
		long start = System.nanoTime();
		var histogram = new TreeMap<Integer, Long>();
		long records;
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
			var list = new StringBuilder();
			for (var f : files) {
				list.append(list.isEmpty() ? "" : ", ").append("'").append(f.toAbsolutePath()).append("'");
			}
			var read = """
					(SELECT rrn, regexp_extract(filename, '([A-Z_]+)\\.csv$', 1) AS indicator
					 FROM read_csv([%s], header = true, filename = true, columns = {'rrn': 'VARCHAR', 'name': 'VARCHAR',
					   'orgUnitCode': 'VARCHAR', 'observedOn': 'DATE', 'amount': 'BIGINT', 'lat': 'DOUBLE', 'lon': 'DOUBLE'}))"""
					.formatted(list);
			try (var st = connection.createStatement()) {
				st.execute("CREATE TABLE recs AS " + read.substring(1, read.length() - 1));
				try (var rs = st.executeQuery("SELECT COUNT(*) FROM recs")) {
					rs.next();
					records = rs.getLong(1);
				}
				try (var rs = st.executeQuery(rankingSql("recs", selection))) {
					while (rs.next()) {
						histogram.put(rs.getInt(1), rs.getLong(2));
					}
				}
			}
		}
		return new Result("DuckDB (read_csv + SQL, in memory)", records, (System.nanoTime() - start) / 1e9, histogram,
				"");
	}

	static Result postgres(List<Path> files, String url, String user, int selection) throws Exception {
		long start = System.nanoTime();
		var histogram = new TreeMap<Integer, Long>();
		long records = 0;
		try (Connection connection = DriverManager.getConnection(url, user, "")) {
			try (var st = connection.createStatement()) {
				st.execute("DROP TABLE IF EXISTS discovery_bench_raw");
				st.execute("""
						CREATE UNLOGGED TABLE discovery_bench_raw (rrn TEXT, name TEXT, org_unit_code TEXT, observed_on DATE,
						  amount BIGINT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, indicator TEXT)""");
			}
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (var f : files) {
				var kind = f.getFileName().toString().replace(".csv", "");
				try (var st = connection.createStatement()) {
					st.execute("ALTER TABLE discovery_bench_raw ALTER COLUMN indicator SET DEFAULT '" + kind + "'");
				}
				try (var in = Files.newInputStream(f)) {
					records += copy.copyIn("""
							COPY discovery_bench_raw (rrn, name, org_unit_code, observed_on, amount, lat, lon)
							FROM STDIN WITH (FORMAT csv, HEADER true)""", in);
				}
			}
			try (var st = connection.createStatement(); var rs = st.executeQuery(rankingSql("discovery_bench_raw", selection))) {
				while (rs.next()) {
					histogram.put(rs.getInt(1), rs.getLong(2));
				}
			}
			try (var st = connection.createStatement()) {
				st.execute("DROP TABLE discovery_bench_raw");
			}
		}
		return new Result("PostgreSQL (COPY + SQL)", records, (System.nanoTime() - start) / 1e9, histogram, "");
	}
}
