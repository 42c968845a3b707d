package kr.dolbom.discovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * quality.md "Reliability": kill -9 during a discovery round, then run again — the round is complete
 * or resumable without duplicate or partial targets. A separate JVM scores a round and is killed
 * (SIGKILL) after it has written households; running the step again yields exactly the selection
 * an uninterrupted run on the same files yields.
 */
class ScoringCrashTests {

	private static final int PERSONS = 3000;
	private static final int SELECTION = 300;
	private static final UUID ROUND = UUID.fromString("0190f5a0-0000-7000-8000-00000000d15c");

	@TempDir
	Path directory;

	private String database(String name) throws Exception {
		var url = "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;FILE_LOCK=NO";
		var dataSource = ScoringProcess.dataSource(url);
		try (var connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/common/discovery/V1__discovery.sql"));
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("db/migration/common/discovery/V2__indicator_kinds.sql"));
		}
		seed(new JdbcTemplate(dataSource));
		return url;
	}

	/** The same files for every database: persons with 1–4 indicators each, some households of two. */
	private static void seed(JdbcTemplate jdbc) {
		jdbc.update("""
				INSERT INTO discovery_round (id, label, state, reference_date, selection_count, created_at)
				VALUES (?, '2026-6차', 'CREATED', ?, ?, ?)""", ROUND, LocalDate.of(2026, 11, 1), SELECTION,
				OffsetDateTime.now());
		var codes = jdbc.queryForList("SELECT code FROM discovery_indicator ORDER BY code", String.class);
		var files = new java.util.HashMap<String, UUID>();
		for (var code : codes) {
			var id = UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8));
			files.put(code, id);
			jdbc.update("""
					INSERT INTO discovery_file (id, round_id, indicator_code, encoding, record_count, uploaded_at)
					VALUES (?, ?, ?, 'UTF-8', 0, ?)""", id, ROUND, code, OffsetDateTime.now());
		}
		var random = new Random(42);
		var subjects = new ArrayList<Object[]>();
		var records = new ArrayList<Object[]>();
		for (int p = 0; p < PERSONS; p++) {
			var hash = "%064x".formatted(p * 7919L + 13);
			var household = p % 5 == 1 ? "P:" + "%064x".formatted((p - 1) * 7919L + 13) : "P:" + hash;
			subjects.add(new Object[] { ROUND, hash, "v1:x", "사람" + p, "4415057000", household });
			int n = 1 + random.nextInt(4);
			for (int i = 0; i < n; i++) {
				var code = codes.get(random.nextInt(codes.size()));
				records.add(new Object[] { ROUND, files.get(code), code, i + 2, hash, "4415057000",
						LocalDate.of(2026, 10, 1), (long) random.nextInt(1_000_000) });
			}
		}
		jdbc.batchUpdate("""
				INSERT INTO discovery_subject (round_id, rrn_hash, rrn_cipher, name, office_code, household_key)
				VALUES (?, ?, ?, ?, ?, ?)""", subjects);
		jdbc.batchUpdate("""
				INSERT INTO discovery_record (round_id, file_id, indicator_code, line_no, rrn_hash, office_code,
				  observed_on, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", records);
		jdbc.update("UPDATE discovery_round SET record_count = ? WHERE id = ?", records.size(), ROUND);
	}

	private static List<String> selection(JdbcTemplate jdbc) {
		return jdbc.queryForList("""
				SELECT household_key || ':' || score || ':' || rank_no || ':' || representative
				FROM discovery_household_score WHERE round_id = ? AND selection IS NOT NULL ORDER BY rank_no""",
				String.class, ROUND);
	}

	private static void scoreInProcess(String url) {
		var dataSource = ScoringProcess.dataSource(url);
		var scoring = new RoundScoring(new JdbcTemplate(dataSource), hashes -> Map.of(), null);
		new TransactionTemplate(new DataSourceTransactionManager(dataSource))
				.executeWithoutResult(status -> scoring.score(ROUND, OffsetDateTime.now()));
	}

	@Test
	void killingTheProcessDuringScoringAndRunningTheStepAgainYieldsTheSameTargetsAsAnUninterruptedRun()
			throws Exception {
		var uninterrupted = database("uninterrupted");
		scoreInProcess(uninterrupted);
		var expected = selection(new JdbcTemplate(ScoringProcess.dataSource(uninterrupted)));
		assertThat(expected).hasSize(SELECTION);

		var crashed = database("crashed");
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				ScoringProcess.class.getName(), crashed, ROUND.toString(), "slow").redirectErrorStream(true).start();
		try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean written = false;
			while ((line = output.readLine()) != null) {
				if (line.startsWith("BATCH")) {
					written = true;
					break;
				}
			}
			assertThat(written).as("the scoring process wrote a batch of households").isTrue();
			process.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		var jdbc = new JdbcTemplate(ScoringProcess.dataSource(crashed));
		// the killed step left nothing half-done behind
		assertThat(jdbc.queryForObject("SELECT state FROM discovery_round WHERE id = ?", String.class, ROUND))
				.isEqualTo("CREATED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM discovery_household_score WHERE round_id = ?", Long.class,
				ROUND)).isZero();

		scoreInProcess(crashed);
		assertThat(selection(jdbc)).isEqualTo(expected);
		// and running it once more changes nothing
		scoreInProcess(crashed);
		assertThat(selection(jdbc)).isEqualTo(expected);
	}
}
