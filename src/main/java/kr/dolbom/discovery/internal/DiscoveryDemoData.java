package kr.dolbom.discovery.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.org.DemoSignIn;

/**
 * The try-it mode's discovery round: "2026-5차", distributed, with eight targets in 신관동 (all
 * fictional) — agency files of three indicator kinds, some persons with several indicators, and
 * coordinates on the utility-based ones. Idempotent: the round's label is the marker.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
class DiscoveryDemoData implements ApplicationRunner {

	static final String LABEL = "2026-5차";
	private static final String ADMIN = "demo.admin";

	private final RoundService rounds;
	private final JdbcRounds repository;
	private final DemoSignIn signIn;
	private final Clock clock;

	DiscoveryDemoData(RoundService rounds, JdbcRounds repository, DemoSignIn signIn, Clock clock) {
		this.rounds = rounds;
		this.repository = repository;
		this.signIn = signIn;
		this.clock = clock;
	}

	private static final String[][] PERSONS = {
			// rrn, name, power cut?, health premium arrears, telecom arrears
			{ "5203141000101", "한복순", "Y", "310000", "" },
			{ "6007221000102", "임대호", "Y", "", "88000" },
			{ "7811052000103", "송미란", "", "540000", "120000" },
			{ "4409301000104", "백만석", "Y", "", "" },
			{ "8502172000105", "노은비", "", "260000", "" },
			{ "6612011000106", "차동철", "", "", "45000" },
			{ "5505052000107", "유정애", "Y", "150000", "" },
			{ "9103231000108", "표지훈", "", "", "67000" } };

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (repository.labelTaken(LABEL)) {
			return;
		}
		var today = LocalDate.now(clock);
		var observed = today.minusDays(40).toString();
		var power = new StringBuilder(AgencyFileReader.HEADER + "\n");
		var health = new StringBuilder(AgencyFileReader.HEADER + "\n");
		var telecom = new StringBuilder(AgencyFileReader.HEADER + "\n");
		for (int i = 0; i < PERSONS.length; i++) {
			var p = PERSONS[i];
			if ("Y".equals(p[2])) {
				power.append(String.join(",", p[0], p[1], DemoOrg.OFFICE, observed, "2",
						String.valueOf(36.4560 + i * 0.0013), String.valueOf(127.1290 + i * 0.0011))).append('\n');
			}
			if (!p[3].isEmpty()) {
				health.append(String.join(",", p[0], p[1], DemoOrg.OFFICE, observed, p[3], "", "")).append('\n');
			}
			if (!p[4].isEmpty()) {
				telecom.append(String.join(",", p[0], p[1], DemoOrg.OFFICE, observed, p[4], "", "")).append('\n');
			}
		}
		signIn.run(ADMIN, () -> {
			var round = rounds.create(LABEL, 20, today.minusDays(20)).round().id();
			upload(round, "POWER_CUT", power);
			upload(round, "HEALTH_PREMIUM_ARREARS", health);
			upload(round, "TELECOM_ARREARS", telecom);
			rounds.score(round);
			rounds.distribute(round);
		});
	}

	private void upload(kr.dolbom.discovery.RoundId round, String indicator, StringBuilder csv) {
		try {
			rounds.upload(round, indicator, "UTF-8",
					new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
