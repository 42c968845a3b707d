package kr.dolbom.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import kr.dolbom.people.Rrn;
import kr.dolbom.people.internal.RrnProtection;
import kr.dolbom.people.internal.dataset.DistrictPeopleDataset;

/**
 * quality.md: person lookup by RRN / by name prefix on the district dataset, p95 ≤ 10 ms / ≤ 50 ms,
 * reported against the same queries issued straight over JDBC in the same run. See
 * bench/people-lookup.sh, which loads the dataset, starts the packaged server and runs this.
 * <p>
 * Arguments: baseUrl jdbcUrl jdbcUser rrnKey seed clients seconds
 */
public final class PeopleLookupBenchmark {

	private static final String[] PREFIXES = { "김민", "이서", "박지", "최현", "정수", "강영", "조준", "윤하", "장도", "임성" };
	private static final String PERSON_COLUMNS = "id, name, rrn_masked, birth_date, sex, household_id, office_code";

	public static void main(String[] args) throws Exception {
		var baseUrl = args[0];
		var jdbcUrl = args[1];
		var jdbcUser = args[2];
		var protection = RrnProtection.forKey(args[3]);
		long seed = Long.parseLong(args[4]);
		int clients = Integer.parseInt(args[5]);
		double seconds = Double.parseDouble(args[6]);

		List<String> offices = new ArrayList<>();
		try (var connection = DriverManager.getConnection(jdbcUrl, jdbcUser, "");
				var rs = connection.createStatement().executeQuery(
						"SELECT code FROM org_unit WHERE parent_code = '4415000000' AND level = 'OFFICE' ORDER BY code")) {
			while (rs.next()) {
				offices.add(rs.getString(1));
			}
		}
		var numbers = new DistrictPeopleDataset(seed, 500_000, 220_000, offices, LocalDate.of(2026, 1, 1))
				.registrationNumbers();
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		var token = token(http, baseUrl, "demo.district");
		var officeList = "'" + String.join("','", offices) + "'";

		Map<String, LatencyRecorder.Summary> results = new LinkedHashMap<>();
		results.put("RRN lookup — API (POST /api/v1/persons/search)", LoadRunner.run(clients, 5, seconds, t -> {
			var random = new SplittableRandom(t);
			return (thread, i) -> {
				var body = "{\"rrn\":\"" + numbers.get(random.nextInt(numbers.size())) + "\"}";
				expectOk(http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/persons/search"))
						.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
			};
		}));
		results.put("RRN lookup — raw JDBC (HMAC + SELECT by rrn_hash)", LoadRunner.run(clients, 5, seconds, t -> {
			var random = new SplittableRandom(t);
			Connection connection = DriverManager.getConnection(jdbcUrl, jdbcUser, "");
			var statement = connection.prepareStatement("SELECT " + PERSON_COLUMNS + " FROM person WHERE rrn_hash = ?");
			return (thread, i) -> {
				statement.setString(1, protection.lookupHash(Rrn.parse(numbers.get(random.nextInt(numbers.size())))));
				try (var rs = statement.executeQuery()) {
					if (!rs.next()) {
						throw new IllegalStateException("not found");
					}
				}
			};
		}));
		results.put("Name prefix — API (GET /api/v1/persons?name=…, 20 per page)", LoadRunner.run(clients, 5, seconds, t -> {
			var random = new SplittableRandom(t + 1000);
			return (thread, i) -> {
				var prefix = PREFIXES[random.nextInt(PREFIXES.length)];
				expectOk(http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/persons?size=20&name="
						+ URLEncoder.encode(prefix, StandardCharsets.UTF_8)))
						.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()));
			};
		}));
		results.put("Name prefix — raw JDBC (page of 20 + count)", LoadRunner.run(clients, 5, seconds, t -> {
			var random = new SplittableRandom(t + 1000);
			Connection connection = DriverManager.getConnection(jdbcUrl, jdbcUser, "");
			var page = connection.prepareStatement("SELECT " + PERSON_COLUMNS + " FROM person WHERE office_code IN ("
					+ officeList + ") AND name LIKE ? ORDER BY name, birth_date, id LIMIT 20");
			var count = connection.prepareStatement(
					"SELECT COUNT(*) FROM person WHERE office_code IN (" + officeList + ") AND name LIKE ?");
			return (thread, i) -> {
				var like = PREFIXES[random.nextInt(PREFIXES.length)] + "%";
				page.setString(1, like);
				try (var rs = page.executeQuery()) {
					while (rs.next()) {
						rs.getString(2);
					}
				}
				count.setString(1, like);
				try (var rs = count.executeQuery()) {
					rs.next();
				}
			};
		}));

		System.out.println();
		System.out.println("| workload | requests | errors | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) |");
		System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
		results.forEach((name, s) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %.2f |%n", name,
				s.requests(), s.errors(), s.throughput(), s.p50Millis(), s.p95Millis(), s.p99Millis()));
		var values = new ArrayList<>(results.values());
		System.out.printf(Locale.ROOT, "%nRatios app/raw: RRN p95 %.2f×, throughput %.2f×; name p95 %.2f×, throughput %.2f×%n",
				values.get(0).p95Millis() / values.get(1).p95Millis(), values.get(0).throughput() / values.get(1).throughput(),
				values.get(2).p95Millis() / values.get(3).p95Millis(), values.get(2).throughput() / values.get(3).throughput());
	}

	private static void expectOk(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode());
		}
	}

	private static String token(HttpClient http, String baseUrl, String username) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"username\":\"" + username + "\",\"password\":\"Demo-2026!\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		var body = response.body();
		int start = body.indexOf("\"token\":\"") + 9;
		return body.substring(start, body.indexOf('"', start));
	}

	private PeopleLookupBenchmark() {
	}
}
