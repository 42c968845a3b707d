package kr.dolbom.bench;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * quality.md "Reliability": {@code kill -9} of the server during write load, then restart — every
 * write acknowledged with 2xx is there. Used by bench/crash.sh in two steps:
 * <ul>
 * <li>{@code write baseUrl seconds clients ackFile} writes consultations (every case's person),
 * assessments and service checks (the cases of the worker) with a number of clients for a given
 * time, appending "table id" of every 2xx answer to the ack file (flushed at once, before the next
 * request). Failed requests (the server is being killed) are counted, not retried.</li>
 * <li>{@code verify jdbcUrl jdbcUser ackFile} checks every acknowledged id is in its table; exits 1
 * when one is missing.</li>
 * </ul>
 */
public final class CrashWriter {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
	private static final Pattern CASE = Pattern.compile(
			"\\{\"id\":\"([0-9a-f-]{36})\",\"personId\":\"([0-9a-f-]{36})\"[^}]*?\"state\":\"([A-Z_]+)\"");

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "write" -> write(args[1], Double.parseDouble(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
			case "verify" -> System.exit(verify(args[1], args[2], Path.of(args[3])) ? 0 : 1);
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	record Case(String id, String personId, String state) {
	}

	static void write(String baseUrl, double seconds, int clients, Path ackFile) throws Exception {
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
				.build();
		var token = token(http, baseUrl, "demo.worker");
		var list = send(http, baseUrl, token, "GET", "/api/v1/cases?assignee=me&size=100", null).body();
		List<Case> cases = new ArrayList<>();
		var m = CASE.matcher(list);
		while (m.find()) {
			cases.add(new Case(m.group(1), m.group(2), m.group(3)));
		}
		var assessable = cases.stream().filter(c -> Set.of("RECEIVED", "ASSESSED", "SELECTED", "PLANNED", "IN_SERVICE")
				.contains(c.state())).toList();
		var checkable = cases.stream().filter(c -> Set.of("PLANNED", "IN_SERVICE").contains(c.state())).toList();
		if (cases.isEmpty()) {
			throw new IllegalStateException("demo.worker has no cases: " + list);
		}
		System.out.printf("crash writer: %d cases (%d assessable, %d checkable), %d clients, %.0f s%n", cases.size(),
				assessable.size(), checkable.size(), clients, seconds);
		var today = LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString();
		var ok = new AtomicLong();
		var failed = new AtomicLong();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		try (BufferedWriter acks = Files.newBufferedWriter(ackFile, StandardCharsets.UTF_8)) {
			List<Thread> threads = new ArrayList<>();
			for (int t = 0; t < clients; t++) {
				int thread = t;
				threads.add(new Thread(() -> {
					long i = 0;
					while (System.nanoTime() < end) {
						i++;
						int kind = (int) ((i + thread) % 3);
						String table;
						HttpResponse<String> response;
						try {
							if (kind == 1 && !assessable.isEmpty()) {
								var c = assessable.get((int) ((i * 31 + thread) % assessable.size()));
								table = "case_assessment";
								response = send(http, baseUrl, token, "POST", "/api/v1/cases/" + c.id() + "/assessments",
										"{\"date\":\"" + today + "\",\"domains\":[{\"code\":\"ECONOMY\",\"need\":\"부하 시험 "
												+ thread + "-" + i + "\",\"crisisScore\":" + (1 + i % 5) + "}]}");
							}
							else if (kind == 2 && !checkable.isEmpty()) {
								var c = checkable.get((int) ((i * 17 + thread) % checkable.size()));
								table = "case_check";
								response = send(http, baseUrl, token, "POST", "/api/v1/cases/" + c.id() + "/checks",
										"{\"date\":\"" + today + "\",\"method\":\"PHONE\",\"clientChange\":\"변화 " + i
												+ "\",\"participation\":\"보통\",\"adequacy\":\"적절\",\"satisfaction\":4,"
												+ "\"actionNeeded\":\"NONE\"}");
							}
							else {
								var c = cases.get((int) ((i * 7 + thread) % cases.size()));
								table = "consultation";
								response = send(http, baseUrl, token, "POST", "/api/v1/consultations", "{\"personId\":\""
										+ c.personId() + "\",\"kind\":\"DESK\",\"route\":\"WALK_IN\",\"date\":\"" + today
										+ "\",\"summary\":\"부하 시험 " + thread + "-" + i + "\",\"domains\":[{\"code\":\"ECONOMY\","
										+ "\"problem\":\"생활비 부족\"}]}");
							}
						}
						catch (Exception e) {
							failed.incrementAndGet();
							sleep(50);
							continue;
						}
						if (response.statusCode() / 100 == 2) {
							var id = ID.matcher(response.body());
							if (!id.find()) {
								throw new IllegalStateException("2xx without an id: " + response.body());
							}
							synchronized (acks) {
								try {
									acks.write(table + " " + id.group(1) + "\n");
									acks.flush();
								}
								catch (Exception e) {
									throw new IllegalStateException(e);
								}
							}
							ok.incrementAndGet();
						}
						else {
							failed.incrementAndGet();
							if (response.statusCode() < 500 && response.statusCode() != 401) {
								System.out.println("unexpected " + response.statusCode() + " " + table + ": " + response.body());
							}
							sleep(50);
						}
					}
				}, "crash-writer-" + t));
			}
			threads.forEach(Thread::start);
			for (var thread : threads) {
				thread.join();
			}
		}
		System.out.printf("crash writer: %d acknowledged, %d failed or refused%n", ok.get(), failed.get());
	}

	static boolean verify(String jdbcUrl, String user, Path ackFile) throws Exception {
		var lines = Files.readAllLines(ackFile, StandardCharsets.UTF_8);
		Map<String, Set<String>> byTable = new java.util.TreeMap<>();
		for (var line : lines) {
			if (!line.isBlank()) {
				var parts = line.split(" ");
				byTable.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
			}
		}
		boolean allThere = true;
		try (var connection = DriverManager.getConnection(jdbcUrl, user, "")) {
			for (var entry : byTable.entrySet()) {
				if (!Set.of("consultation", "case_assessment", "case_check").contains(entry.getKey())) {
					throw new IllegalArgumentException(entry.getKey());
				}
				int missing = 0;
				try (var statement = connection.prepareStatement("SELECT 1 FROM " + entry.getKey() + " WHERE id = ?")) {
					for (var id : entry.getValue()) {
						statement.setObject(1, java.util.UUID.fromString(id));
						try (var rs = statement.executeQuery()) {
							if (!rs.next()) {
								missing++;
								System.out.println("MISSING " + entry.getKey() + " " + id);
							}
						}
					}
				}
				System.out.printf("crash verify: %s — %d acknowledged, %d missing%n", entry.getKey(), entry.getValue().size(),
						missing);
				allThere &= missing == 0;
			}
		}
		if (byTable.isEmpty()) {
			System.out.println("crash verify: no acknowledged write at all");
			return false;
		}
		return allThere;
	}

	static HttpResponse<String> send(HttpClient http, String baseUrl, String token, String method, String path,
			String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token);
		if (body != null) {
			request.header("Content-Type", "application/json").method(method,
					HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String token(HttpClient http, String baseUrl, String username) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"Demo-2026!\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("login of " + username + ": HTTP " + response.statusCode());
		}
		var body = response.body();
		int start = body.indexOf("\"token\":\"") + 9;
		return body.substring(start, body.indexOf('"', start));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private CrashWriter() {
	}
}
