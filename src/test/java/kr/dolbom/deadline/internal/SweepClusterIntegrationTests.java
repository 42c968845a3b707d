package kr.dolbom.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.support.DolbomIntegrationTest;

/**
 * quality.md "Scheduled jobs run once per schedule even with two application nodes on one
 * database": two more application nodes (separate JVMs, like two servers behind a load balancer)
 * join the test application's PostgreSQL database; the daily sweep is scheduled for a moment
 * later today and exactly one node runs it. The test's own context only moves the trigger (its
 * scheduler waits in standby meanwhile). PostgreSQL only: the H2 test database lives inside one JVM.
 */
@DolbomIntegrationTest
class SweepClusterIntegrationTests {

	private static final Duration NODE_START = Duration.ofMinutes(4);
	private static final Duration SWEEP_DONE = Duration.ofMinutes(2);

	@Autowired
	Scheduler scheduler;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	DeadlineSettings settings;

	@Autowired
	Clock clock;

	@Test
	void twoNodesOnOneDatabaseRunTheDailySweepExactlyOnce() throws Exception {
		assumeTrue("PostgreSQL".equals(System.getProperty("dolbom.test.expect-database")),
				"needs a database that two JVMs share (the PostgreSQL run of .ci/run)");
		var nodes = new ArrayList<Process>();
		scheduler.standby();
		try {
			int portA = freePort();
			int portB = freePort();
			nodes.add(startNode("node-a", portA));
			nodes.add(startNode("node-b", portB));
			// ready = started, including the start-up runner that registers the daily trigger
			waitUntil("both nodes are ready", NODE_START, nodes, () -> ready(portA) && ready(portB));
			assertThat(jdbc.sql("""
					SELECT COUNT(*) FROM qrtz_scheduler_state WHERE sched_name = 'dolbom' AND instance_name IN ('node-a', 'node-b')""")
					.query(Long.class).single()).as("both nodes joined the Quartz cluster").isEqualTo(2);

			// the daily trigger now fires every day at a moment a few seconds from now
			var fireAt = ZonedDateTime.now(clock.withZone(SweepScheduling.KOREA)).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
			var cron = "%d %d %d * * ?".formatted(fireAt.getSecond(), fireAt.getMinute(), fireAt.getHour());
			scheduler.rescheduleJob(SweepScheduling.SWEEP_TRIGGER, SweepScheduling.dailyTrigger(cron));
			var scheduled = fireAt.toOffsetDateTime();

			waitUntil("a node ran the sweep of " + scheduled, SWEEP_DONE, nodes, () -> jdbc.sql("""
					SELECT COUNT(*) FROM deadline_sweep_run WHERE scheduled_fire_at = ? AND finished_at IS NOT NULL""")
					.param(scheduled).query(Long.class).single() > 0);
			// the trigger has moved on to tomorrow and no node still holds a firing of it: nobody can run it again
			waitUntil("the trigger moved on", SWEEP_DONE, nodes, () -> nextFireTime() > fireAt.toInstant().toEpochMilli()
					&& jdbc.sql("SELECT COUNT(*) FROM qrtz_fired_triggers WHERE sched_name = 'dolbom' AND trigger_name = 'daily-sweep'")
							.query(Long.class).single() == 0);

			var runs = jdbc.sql("SELECT node FROM deadline_sweep_run WHERE scheduled_fire_at = ?").param(scheduled)
					.query(String.class).list();
			assertThat(runs).hasSize(1);
			assertThat(runs.get(0)).isIn("node-a", "node-b");
			assertThat(nextFireTime()).isEqualTo(fireAt.plusDays(1).toInstant().toEpochMilli());
		}
		finally {
			scheduler.rescheduleJob(SweepScheduling.SWEEP_TRIGGER, SweepScheduling.dailyTrigger(settings.sweepCron()));
			for (var node : nodes) {
				node.destroy();
			}
			for (var node : nodes) {
				if (!node.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
					node.destroyForcibly();
				}
			}
			scheduler.start();
		}
	}

	private long nextFireTime() {
		return jdbc.sql("""
				SELECT next_fire_time FROM qrtz_triggers
				WHERE sched_name = 'dolbom' AND trigger_name = 'daily-sweep' AND trigger_group = 'deadline'""")
				.query(Long.class).single();
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** The node's readiness probe (public): UP once its start-up runners have finished. */
	private static boolean ready(int port) {
		try {
			var response = HttpClient.newHttpClient().send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("UP");
		}
		catch (IOException e) {
			return false; // not listening yet
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Another application node: the same jar on the test's database, without demo data. */
	private Process startNode(String name, int port) throws IOException {
		var dir = Path.of("target", "two-nodes", name);
		Files.createDirectories(dir);
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-Duser.timezone=Asia/Seoul", "-cp", System.getProperty("java.class.path"), "kr.dolbom.DolbomApplication",
				"--server.port=" + port,
				"--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
				"--spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
				"--dolbom.demo.enabled=false", "--dolbom.data-dir=" + dir.toAbsolutePath(),
				"--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--spring.quartz.properties.org.quartz.scheduler.instanceId=" + name,
				"--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=2000");
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("node.log").toFile()).start();
	}

	private static void waitUntil(String what, Duration timeout, List<Process> nodes, BooleanSupplier condition)
			throws InterruptedException {
		var deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			for (var node : nodes) {
				assertThat(node.isAlive()).as("an application node stopped early; see target/two-nodes/*/node.log").isTrue();
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("gave up waiting: " + what + " (see target/two-nodes/*/node.log)");
			}
			Thread.sleep(500);
		}
	}
}
