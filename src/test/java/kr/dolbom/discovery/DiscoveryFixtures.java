package kr.dolbom.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import kr.dolbom.support.Api;

/** Rounds and agency files for the discovery tests (as demo.admin, the central operator). */
public final class DiscoveryFixtures {

	public static final String HEADER = "rrn,name,orgUnitCode,observedOn,amount,lat,lon\n";

	private final Api api;

	public DiscoveryFixtures(Api api) {
		this.api = api;
	}

	/** A label no other test uses: "2xxx-n차". */
	public static String uniqueLabel() {
		var random = ThreadLocalRandom.current();
		return (2100 + random.nextInt(7000)) + "-" + (1 + random.nextInt(99)) + "차";
	}

	public String round(int selectionCount) {
		return round(selectionCount, null);
	}

	public String round(int selectionCount, LocalDate referenceDate) {
		var body = new java.util.HashMap<String, Object>(Map.of("label", uniqueLabel(), "selectionCount", selectionCount));
		if (referenceDate != null) {
			body.put("referenceDate", referenceDate.toString());
		}
		var response = api.as("demo.admin").post("/api/v1/discovery/rounds", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	public Api.Response upload(String roundId, String indicator, String encoding, byte[] content) {
		var request = MockMvcRequestBuilders.multipart("/api/v1/discovery/rounds/{id}/files", roundId)
				.file(new MockMultipartFile("file", "agency.csv", "text/csv", content)).param("indicator", indicator);
		if (encoding != null) {
			request.param("encoding", encoding);
		}
		return api.as("demo.admin").perform(request);
	}

	public void uploadOk(String roundId, String indicator, String csvRows) {
		var response = upload(roundId, indicator, "UTF-8", (HEADER + csvRows).getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	public static byte[] encoded(String text, String charset) {
		return text.getBytes(Charset.forName(charset));
	}

	public Api.Response score(String roundId) {
		return api.as("demo.admin").post("/api/v1/discovery/rounds/{id}/score", null, roundId);
	}

	public Api.Response distribute(String roundId) {
		return api.as("demo.admin").post("/api/v1/discovery/rounds/{id}/distribute", null, roundId);
	}

	/** A row of an agency file. */
	public static String row(String rrn, String name, String office, Long amount) {
		return rrn + "," + name + "," + office + "," + LocalDate.now().minusDays(20) + ","
				+ (amount == null ? "" : amount) + ",,\n";
	}

	/**
	 * A distributed round whose files name the given persons (rrn → name) in 신관동 with one indicator
	 * each; returns the round id.
	 */
	public String distributedRound(String indicator, Map<String, String> persons) {
		var round = round(100);
		var rows = new StringBuilder();
		persons.forEach((rrn, name) -> rows.append(row(rrn, name, kr.dolbom.org.DemoOrg.OFFICE, 50_000L)));
		uploadOk(round, indicator, rows.toString());
		var scored = score(round);
		assertThat(scored.status()).as(scored.body()).isEqualTo(200);
		var distributed = distribute(round);
		assertThat(distributed.status()).as(distributed.body()).isEqualTo(200);
		return round;
	}

	/** The target of the round named so (as demo.worker of 신관동). */
	public String targetOf(String roundId, String name) {
		var list = api.as("demo.worker").get("/api/v1/discovery/targets?round={round}&size=200", roundId);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		for (var item : list.json().get("items")) {
			if (item.get("name").asString().equals(name)) {
				return item.get("id").asString();
			}
		}
		throw new AssertionError("no target named " + name + " in " + list.body());
	}
}
