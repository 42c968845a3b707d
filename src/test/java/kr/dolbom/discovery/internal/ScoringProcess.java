package kr.dolbom.discovery.internal;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a round's scoring step in a bare JVM (no Spring context), for {@link ScoringCrashTests}:
 * {@code java … ScoringProcess <jdbc-url> <round-id> [slow]}. In slow mode it prints "BATCH n"
 * after each batch of households written and pauses, so that the test can kill it mid-step.
 */
public final class ScoringProcess {

	public static void main(String[] args) throws Exception {
		var dataSource = dataSource(args[0]);
		boolean slow = args.length > 2 && "slow".equals(args[2]);
		var scoring = new RoundScoring(new JdbcTemplate(dataSource), hashes -> Map.of(), households -> {
			if (slow) {
				System.out.println("BATCH " + households);
				System.out.flush();
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		});
		new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(
				status -> scoring.score(java.util.UUID.fromString(args[1]), java.time.OffsetDateTime.now()));
		System.out.println("DONE");
	}

	static SimpleDriverDataSource dataSource(String url) {
		return new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
	}
}
