package kr.dolbom.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * quality.md: work queue and case detail on the district dataset with 50 concurrent clients (p95 ≤
 * 50 ms, ≥ 500 req/s, app/raw ≤ 3×), and issue 5: work queue and dashboard response times against
 * raw SQL of the same queries. Runs against the packaged server (bench/district-load.sh):
 * <ul>
 * <li>{@code load}: each read workload alone through the API, then the same queries straight over
 * JDBC (the reference of the same run), then the realistic mix (work queue, case page, person
 * lookup, dashboards, assessment and check writes) — p50/p95/p99, throughput, errors and 5xx per
 * request type;</li>
 * <li>{@code soak}: the mix for the given time, a progress line a minute (requests, 5xx).</li>
 * </ul>
 * Arguments: mode baseUrl jdbcUrl jdbcUser clients seconds
 */
public final class DistrictLoadBenchmark {

	private static final String[] PREFIXES = { "김민", "이서", "박지", "최현", "정수", "강영", "조준", "윤하", "장도", "임성" };
	private static final String OPEN = "('RECEIVED','ASSESSED','SELECTED','PLANNED','IN_SERVICE')";
	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	record Worker(String username, UUID id, String office, UUID team, List<UUID> openCases, List<UUID> checkable,
			String[] token) {
	}

	enum Type {
		WORK_QUEUE(30), CASE_DETAIL(30), PERSON_LOOKUP(15), DASHBOARD(5), ASSESSMENT_WRITE(10), CHECK_WRITE(10);

		final int weight;

		Type(int weight) {
			this.weight = weight;
		}
	}

	public static void main(String[] args) throws Exception {
		var mode = args[0];
		var base = args[1];
		var jdbcUrl = args[2];
		var jdbcUser = args[3];
		int clients = Integer.parseInt(args[4]);
		double seconds = Double.parseDouble(args[5]);
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
		// the first requests after start-up can time out on a loaded machine: wait until a sign-in works
		for (int attempt = 1;; attempt++) {
			try {
				CrashWriter.token(http, base, "demo.district");
				break;
			}
			catch (Exception e) {
				if (attempt == 20) {
					throw e;
				}
				Thread.sleep(3000);
			}
		}
		var workers = workers(jdbcUrl, jdbcUser, http, base);
		var leads = new ArrayList<String[]>();
		for (var office : workers.stream().map(Worker::office).distinct().sorted().toList()) {
			leads.add(new String[] { CrashWriter.token(http, base, "d" + office.substring(4, 7) + ".lead") });
		}
		var district = new String[] { CrashWriter.token(http, base, "demo.district") };
		System.out.printf("district load: %d case managers, %d open cases, %d clients, %s, today %s%n", workers.size(),
				workers.stream().mapToInt(w -> w.openCases().size()).sum(), clients, mode, LocalDate.now(SEOUL));

		var bench = new DistrictLoadBenchmark(base, jdbcUrl, jdbcUser, http, workers, leads, district);
		if (mode.equals("soak")) {
			var result = bench.mix(clients, 10, seconds, true);
			print("Soak: the mix for " + (int) seconds + " s", result);
			return;
		}
		Map<String, Mix> results = new LinkedHashMap<>();
		results.put("Work queue (mine) — API", bench.single(clients, seconds, Type.WORK_QUEUE));
		results.put("Work queue (mine) — raw JDBC", bench.raw(clients, seconds, Type.WORK_QUEUE));
		results.put("Case detail — API", bench.single(clients, seconds, Type.CASE_DETAIL));
		results.put("Case detail — raw JDBC", bench.raw(clients, seconds, Type.CASE_DETAIL));
		results.put("Unit dashboard (시군구, 16 offices) — API", bench.single(clients, seconds, Type.DASHBOARD));
		results.put("Unit dashboard — raw SQL", bench.raw(clients, seconds, Type.DASHBOARD));
		var mix = bench.mix(clients, 5, seconds * 2, false);
		System.out.println();
		System.out.println("| workload | requests | errors | 5xx | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) |");
		System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		results.forEach((name, m) -> row(name, m.total()));
		var list = new ArrayList<>(results.values());
		for (int i = 0; i + 1 < list.size(); i += 2) {
			var app = list.get(i).total();
			var raw = list.get(i + 1).total();
			System.out.printf(Locale.ROOT, "ratio app/raw %s: p95 %.2f×, p50 %.2f×, throughput %.2f×%n",
					new ArrayList<>(results.keySet()).get(i), app.p95() / raw.p95(), app.p50() / raw.p50(),
					app.throughput() / raw.throughput());
		}
		print("Mix of " + clients + " clients for " + (int) (seconds * 2) + " s", mix);
	}

	private final String base;
	private final String jdbcUrl;
	private final String jdbcUser;
	private final HttpClient http;
	private final List<Worker> workers;
	private final List<String[]> leads;
	private final String[] district;

	DistrictLoadBenchmark(String base, String jdbcUrl, String jdbcUser, HttpClient http, List<Worker> workers,
			List<String[]> leads, String[] district) {
		this.base = base;
		this.jdbcUrl = jdbcUrl;
		this.jdbcUser = jdbcUser;
		this.http = http;
		this.workers = workers;
		this.leads = leads;
		this.district = district;
	}

	static List<Worker> workers(String jdbcUrl, String user, HttpClient http, String base) throws Exception {
		List<Worker> workers = new ArrayList<>();
		try (var c = DriverManager.getConnection(jdbcUrl, user, "")) {
			var rs = c.createStatement().executeQuery("""
					SELECT u.username, u.id, r.org_unit_code, u.team_id FROM app_user u JOIN user_role r ON r.user_id = u.id
					WHERE r.role = 'SOCIAL_WORKER' AND u.username LIKE 'd%.sw%' ORDER BY u.username""");
			while (rs.next()) {
				var id = rs.getObject(2, UUID.class);
				List<UUID> open = new ArrayList<>();
				List<UUID> checkable = new ArrayList<>();
				try (var s = c.prepareStatement("SELECT id, state FROM case_file WHERE assignee_id = ? AND state IN " + OPEN)) {
					s.setObject(1, id);
					var cases = s.executeQuery();
					while (cases.next()) {
						open.add(cases.getObject(1, UUID.class));
						if (List.of("PLANNED", "IN_SERVICE").contains(cases.getString(2))) {
							checkable.add(cases.getObject(1, UUID.class));
						}
					}
				}
				if (!open.isEmpty()) {
					workers.add(new Worker(rs.getString(1), id, rs.getString(3), rs.getObject(4, UUID.class), open, checkable,
							new String[] { CrashWriter.token(http, base, rs.getString(1)) }));
				}
			}
		}
		if (workers.isEmpty()) {
			throw new IllegalStateException("no district case managers: load the district dataset first");
		}
		return workers;
	}

	/** Latencies per request type, per thread (no sharing on the hot path). */
	static final class Recorder {

		final long[][][] lat;
		final int[][] n;
		final AtomicLongArray errors = new AtomicLongArray(Type.values().length);
		final AtomicLongArray server = new AtomicLongArray(Type.values().length);

		Recorder(int threads) {
			lat = new long[Type.values().length][threads][];
			n = new int[Type.values().length][threads];
			for (var t : lat) {
				for (int i = 0; i < threads; i++) {
					t[i] = new long[1024];
				}
			}
		}

		void record(Type type, int thread, long nanos) {
			var a = lat[type.ordinal()][thread];
			int k = n[type.ordinal()][thread];
			if (k == a.length) {
				a = lat[type.ordinal()][thread] = Arrays.copyOf(a, a.length * 2);
			}
			a[k] = nanos;
			n[type.ordinal()][thread] = k + 1;
		}

		long count() {
			long c = 0;
			for (var t : n) {
				for (int k : t) {
					c += k;
				}
			}
			return c;
		}
	}

	record Stats(long requests, long errors, long serverErrors, double seconds, double p50, double p95, double p99) {

		double throughput() {
			return requests / seconds;
		}
	}

	record Mix(Map<Type, Stats> byType, Stats total) {
	}

	static Stats stats(long[] all, long errors, long server, double seconds) {
		Arrays.sort(all);
		return new Stats(all.length, errors, server, seconds, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99));
	}

	static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))] / 1e6;
	}

	static Mix summarise(Recorder r, double seconds) {
		Map<Type, Stats> byType = new LinkedHashMap<>();
		List<long[]> everything = new ArrayList<>();
		long errors = 0;
		long server = 0;
		for (var type : Type.values()) {
			int total = Arrays.stream(r.n[type.ordinal()]).sum();
			var all = new long[total];
			int at = 0;
			for (int t = 0; t < r.n[type.ordinal()].length; t++) {
				System.arraycopy(r.lat[type.ordinal()][t], 0, all, at, r.n[type.ordinal()][t]);
				at += r.n[type.ordinal()][t];
			}
			if (total > 0 || r.errors.get(type.ordinal()) > 0) {
				byType.put(type, stats(all, r.errors.get(type.ordinal()), r.server.get(type.ordinal()), seconds));
				everything.add(all);
			}
			errors += r.errors.get(type.ordinal());
			server += r.server.get(type.ordinal());
		}
		var merged = everything.stream().flatMapToLong(Arrays::stream).toArray();
		return new Mix(byType, stats(merged, errors, server, seconds));
	}

	interface Call {
		/** One request or query; returns the HTTP status (200 for JDBC). */
		int call(Type type, int thread, SplittableRandom random) throws Exception;
	}

	Mix run(int threads, double warmup, double seconds, boolean progress, java.util.function.IntFunction<Call> factory,
			java.util.function.Function<SplittableRandom, Type> choose) throws Exception {
		var recorder = new Recorder(threads);
		long start = System.nanoTime();
		long from = start + (long) (warmup * 1e9);
		long to = from + (long) (seconds * 1e9);
		List<Thread> list = new ArrayList<>();
		var fiveHundreds = new AtomicLong();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			var call = factory.apply(t);
			list.add(new Thread(() -> {
				var random = new SplittableRandom(thread * 7919L + 13);
				while (System.nanoTime() < to) {
					var type = choose.apply(random);
					long s = System.nanoTime();
					int status;
					try {
						status = call.call(type, thread, random);
					}
					catch (Exception e) {
						status = -1;
					}
					long e = System.nanoTime();
					if (s < from) {
						continue;
					}
					if (status / 100 == 2) {
						recorder.record(type, thread, e - s);
					}
					else {
						recorder.errors.incrementAndGet(type.ordinal());
						if (status >= 500) {
							recorder.server.incrementAndGet(type.ordinal());
							fiveHundreds.incrementAndGet();
						}
					}
				}
			}, "district-" + t));
		}
		list.forEach(Thread::start);
		if (progress) {
			long last = 0;
			while (list.stream().anyMatch(Thread::isAlive)) {
				Thread.sleep(60_000);
				long now = recorder.count();
				System.out.printf(Locale.ROOT, "soak %4d s: %d requests in the last minute, %d 5xx so far%n",
						(System.nanoTime() - from) / 1_000_000_000L, now - last, fiveHundreds.get());
				last = now;
			}
		}
		for (var thread : list) {
			thread.join();
		}
		return summarise(recorder, seconds);
	}

	Mix mix(int threads, double warmup, double seconds, boolean progress) throws Exception {
		int total = Arrays.stream(Type.values()).mapToInt(t -> t.weight).sum();
		return run(threads, warmup, seconds, progress, t -> (type, thread, random) -> api(type, thread, random), random -> {
			int r = random.nextInt(total);
			for (var type : Type.values()) {
				r -= type.weight;
				if (r < 0) {
					return type;
				}
			}
			return Type.WORK_QUEUE;
		});
	}

	Mix single(int threads, double seconds, Type type) throws Exception {
		return run(threads, 5, seconds, false, t -> (ty, thread, random) -> api(ty, thread, random), random -> type);
	}

	private Worker worker(int thread) {
		return workers.get(thread % workers.size());
	}

	int api(Type type, int thread, SplittableRandom random) throws Exception {
		var w = worker(thread);
		var today = LocalDate.now(SEOUL).toString();
		return switch (type) {
			case WORK_QUEUE -> get(w.token()[0], "/api/v1/work-queue?assignee=me");
			case CASE_DETAIL -> get(w.token()[0], "/api/v1/cases/" + w.openCases().get(random.nextInt(w.openCases().size())));
			case PERSON_LOOKUP -> get(w.token()[0], "/api/v1/persons?size=20&name="
					+ URLEncoder.encode(PREFIXES[random.nextInt(PREFIXES.length)], StandardCharsets.UTF_8));
			case DASHBOARD -> random.nextBoolean() ? get(leads.get(thread % leads.size())[0], "/api/v1/dashboards/team")
					: get(district[0], "/api/v1/dashboards/units?unit=4415000000");
			case ASSESSMENT_WRITE -> post(w.token()[0], "/api/v1/cases/" + w.openCases().get(random.nextInt(
					w.openCases().size())) + "/assessments", "{\"date\":\"" + today + "\",\"domains\":[{\"code\":\"ECONOMY\","
							+ "\"need\":\"재조사\",\"crisisScore\":" + (1 + random.nextInt(5)) + "}]}");
			case CHECK_WRITE -> w.checkable().isEmpty() ? get(w.token()[0], "/api/v1/work-queue?assignee=me")
					: post(w.token()[0], "/api/v1/cases/" + w.checkable().get(random.nextInt(w.checkable().size())) + "/checks",
							"{\"date\":\"" + today + "\",\"method\":\"PHONE\",\"clientChange\":\"안정\",\"participation\":\"보통\","
									+ "\"adequacy\":\"적절\",\"satisfaction\":4,\"actionNeeded\":\"NONE\"}");
		};
	}

	private int get(String token, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
				.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
	}

	private int post(String token, String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
				.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * The SQL the services run for one request of the type (main queries), straight over JDBC, with
	 * as many connections as the server's pool ({@code RAW_CONNECTIONS}, default 20): PostgreSQL's
	 * connection limit is shared with the server.
	 */
	Mix raw(int clients, double seconds, Type type) throws Exception {
		int threads = Math.min(clients, Integer.getInteger("RAW_CONNECTIONS", 20));
		List<String> offices = new ArrayList<>();
		workers.stream().map(Worker::office).distinct().sorted().forEach(offices::add);
		var officeList = "'" + String.join("','", offices) + "'";
		return run(threads, 5, seconds, false, t -> {
			try {
				Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, "");
				var queue = c.prepareStatement("""
						SELECT d.id, d.subject_type, d.subject_id, d.step, d.variant, d.office_code, d.assignee_id, d.team_id,
						       d.person_id, d.anchor_on, d.cap_anchor_on, d.due_on, d.rule_id, r.version AS rule_version, d.state,
						       d.done_on, d.cancelled_on, d.cancel_reason, d.overdue, d.overdue_since, d.version
						  FROM deadline d JOIN deadline_rule r ON r.id = d.rule_id
						 WHERE d.state = 'OPEN' AND d.assignee_id = ? AND d.office_code IN (?)
						 ORDER BY CASE WHEN d.due_on < ? THEN 0 ELSE 1 END, d.due_on, d.step, d.id""");
				var names = c.prepareStatement("SELECT id, name FROM person WHERE id = ANY (?)");
				var caseRow = c.prepareStatement("SELECT * FROM case_file WHERE id = ?");
				var person = c.prepareStatement("SELECT id, name, rrn_masked, birth_date, household_id FROM person WHERE id = ?");
				var deadlines = c.prepareStatement("SELECT d.*, r.version FROM deadline d JOIN deadline_rule r ON r.id = d.rule_id"
						+ " WHERE d.subject_type = 'CASE' AND d.subject_id = ? ORDER BY d.due_on, d.step, d.variant");
				var history = c.prepareStatement("SELECT * FROM case_history WHERE case_id = ? ORDER BY at");
				var assessments = c.prepareStatement("SELECT * FROM case_assessment WHERE case_id = ? ORDER BY assessed_on");
				var plans = c.prepareStatement("SELECT * FROM case_plan WHERE case_id = ? ORDER BY created_at");
				var states = c.prepareStatement("SELECT office_code, state, COUNT(*) AS n FROM case_file WHERE office_code IN ("
						+ officeList + ") GROUP BY office_code, state");
				var flow = c.prepareStatement("""
						SELECT office_code, SUM(CASE WHEN opened_on BETWEEN ? AND ? THEN 1 ELSE 0 END) AS opened,
						       SUM(CASE WHEN closed_on BETWEEN ? AND ? THEN 1 ELSE 0 END) AS closed
						  FROM case_file WHERE office_code IN (""" + officeList + """
						) AND (opened_on BETWEEN ? AND ? OR closed_on BETWEEN ? AND ?) GROUP BY office_code""");
				var compliance = c.prepareStatement("""
						SELECT office_code, step,
						       SUM(CASE WHEN state = 'DONE' AND done_on <= due_on THEN 1 ELSE 0 END) AS on_time,
						       SUM(CASE WHEN state = 'DONE' AND done_on > due_on THEN 1 ELSE 0 END) AS late,
						       SUM(CASE WHEN state = 'OPEN' AND due_on < ? THEN 1 ELSE 0 END) AS overdue
						  FROM deadline WHERE office_code IN (""" + officeList + """
						) AND ((state = 'DONE' AND done_on BETWEEN ? AND ?) OR (state = 'OPEN' AND due_on BETWEEN ? AND ? AND due_on < ?))
						 GROUP BY office_code, step""");
				return (ty, thread, random) -> {
					var w = worker(thread);
					var today = java.sql.Date.valueOf(LocalDate.now(SEOUL));
					switch (ty) {
						case WORK_QUEUE -> {
							queue.setObject(1, w.id());
							queue.setString(2, w.office());
							queue.setDate(3, today);
							List<UUID> ids = new ArrayList<>();
							try (var rs = queue.executeQuery()) {
								while (rs.next()) {
									if (rs.getObject("person_id") != null) {
										ids.add(rs.getObject("person_id", UUID.class));
									}
								}
							}
							names.setArray(1, c.createArrayOf("uuid", ids.toArray()));
							drain(names);
						}
						case CASE_DETAIL -> {
							var id = w.openCases().get(random.nextInt(w.openCases().size()));
							caseRow.setObject(1, id);
							UUID personId = null;
							try (var rs = caseRow.executeQuery()) {
								if (rs.next()) {
									personId = rs.getObject("person_id", UUID.class);
								}
							}
							person.setObject(1, personId);
							drain(person);
							for (var s : List.of(deadlines, history, assessments, plans)) {
								s.setObject(1, id);
								drain(s);
							}
						}
						case DASHBOARD -> {
							var now = LocalDate.now(SEOUL);
							drain(states);
							var from = java.sql.Date.valueOf(now.minusDays(30));
							for (int i = 1; i <= 8; i += 2) {
								flow.setDate(i, from);
								flow.setDate(i + 1, today);
							}
							drain(flow);
							for (int days : new int[] { 30, 90 }) {
								var f = java.sql.Date.valueOf(now.minusDays(days));
								compliance.setDate(1, today);
								compliance.setDate(2, f);
								compliance.setDate(3, today);
								compliance.setDate(4, f);
								compliance.setDate(5, today);
								compliance.setDate(6, today);
								drain(compliance);
							}
						}
						default -> throw new IllegalArgumentException(ty.name());
					}
					return 200;
				};
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}, random -> type);
	}

	private static void drain(PreparedStatement statement) throws Exception {
		try (var rs = statement.executeQuery()) {
			while (rs.next()) {
				rs.getObject(1);
			}
		}
	}

	private static void row(String name, Stats s) {
		System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.2f | %.2f | %.2f |%n", name, s.requests(), s.errors(),
				s.serverErrors(), s.throughput(), s.p50(), s.p95(), s.p99());
	}

	private static void print(String title, Mix mix) {
		System.out.println();
		System.out.println(title);
		System.out.println();
		System.out.println("| request type | requests | errors | 5xx | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) |");
		System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		mix.byType().forEach((type, s) -> row(type.name(), s));
		row("**all**", mix.total());
	}

	private DistrictLoadBenchmark() {
		throw new UnsupportedOperationException();
	}
}
