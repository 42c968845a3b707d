package kr.dolbom.discovery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.Deadlines;

/**
 * Appendix 1: "지자체에 발굴대상자 분배 이후 6개월이 경과되도록 아무런 처리도 하지 않으면, 분배된
 * 발굴대상자는 미처리 상태로 마감 처리되어 실적에서 미처리자로 집계". Closes every OPEN target
 * distributed 6 months ago or earlier as UNPROCESSED and cancels its TARGET_PROCESSING deadline.
 * Idempotent: a closed target is not OPEN any more. Run daily by {@link UnprocessedClosingJob}.
 */
@Component
public class UnprocessedClosing {

	private static final Logger log = LoggerFactory.getLogger(UnprocessedClosing.class);
	static final int MONTHS = 6;

	private final JdbcClient jdbc;
	private final Deadlines deadlines;
	private final Clock clock;

	UnprocessedClosing(JdbcClient jdbc, Deadlines deadlines, Clock clock) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Transactional
	public int run() {
		return run(LocalDate.now(clock));
	}

	@Transactional
	public int run(LocalDate today) {
		var limit = today.minusMonths(MONTHS);
		List<UUID> due = jdbc.sql("SELECT id FROM discovery_target WHERE status = 'OPEN' AND distributed_on <= ?")
				.param(limit).query(UUID.class).list();
		for (var id : due) {
			int closed = jdbc.sql("""
					UPDATE discovery_target SET status = 'UNPROCESSED', closed_on = ?, version = version + 1
					WHERE id = ? AND status = 'OPEN'""").params(today, id).update();
			if (closed == 1) {
				deadlines.cancelAll(DeadlineSubject.ofTarget(id), "미처리 마감 (분배 후 6개월)");
			}
		}
		if (!due.isEmpty()) {
			log.info("Closed {} discovery targets as unprocessed", due.size());
		}
		return due.size();
	}
}
