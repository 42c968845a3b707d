package kr.dolbom.discovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.discovery.DiscoveryFixtures;
import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Appendix 1: "분배 이후 6개월이 경과되도록 아무런 처리도 하지 않으면 … 미처리 상태로 마감" — the
 * daily Quartz job closes a 6-month-old unprocessed target as unprocessed; a younger one stays open.
 */
@DolbomIntegrationTest
class UnprocessedClosingIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scheduler scheduler;

	private String status(String target) {
		return jdbc.sql("SELECT status FROM discovery_target WHERE id = ?").param(UUID.fromString(target))
				.query(String.class).single();
	}

	private void distributedAgo(String target, LocalDate on) {
		jdbc.sql("UPDATE discovery_target SET distributed_on = ? WHERE id = ?").params(on, UUID.fromString(target))
				.update();
	}

	@Test
	void aSixMonthOldUnprocessedTargetIsClosedAsUnprocessedByTheScheduler() throws Exception {
		var fixtures = new DiscoveryFixtures(api);
		var old = CaseFixtures.newRrn("390101", '1');
		var young = CaseFixtures.newRrn("390102", '2');
		var round = fixtures.distributedRound("CATASTROPHIC_MEDICAL", Map.of(old, "육개월", young, "오개월"));
		var oldTarget = fixtures.targetOf(round, "육개월");
		var youngTarget = fixtures.targetOf(round, "오개월");
		distributedAgo(oldTarget, LocalDate.now().minusMonths(6));
		distributedAgo(youngTarget, LocalDate.now().minusMonths(5));

		assertThat(scheduler.checkExists(DiscoveryScheduling.CLOSING_JOB)).isTrue();
		scheduler.triggerJob(DiscoveryScheduling.CLOSING_JOB);
		for (int i = 0; i < 300 && !"UNPROCESSED".equals(status(oldTarget)); i++) {
			Thread.sleep(100);
		}
		assertThat(status(oldTarget)).isEqualTo("UNPROCESSED");
		assertThat(status(youngTarget)).isEqualTo("OPEN");
		assertThat(jdbc.sql("SELECT state FROM deadline WHERE subject_id = ? AND step = 'TARGET_PROCESSING'")
				.param(UUID.fromString(oldTarget)).query(String.class).single()).isEqualTo("CANCELLED");
		var detail = api.as("demo.worker").get("/api/v1/discovery/targets/{id}", oldTarget);
		assertThat(detail.json().get("closedOn").asString()).isEqualTo(LocalDate.now().toString());
	}
}
