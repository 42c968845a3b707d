package kr.dolbom.audit.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.shared.web.ClientAddress;

/**
 * Appends entries in a transaction of their own, under a lock on the chain's head row, so that
 * entries from concurrent requests — and from several application nodes — form one unbroken
 * sequence. The caller waits until its entry is committed: no data leaves before its access is
 * recorded. Entries that arrive together are appended in one transaction (group commit), so that
 * the log does not serialise every request behind its own disk flush.
 */
@Service
class HashChainedAccessLog implements AccessLog, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(HashChainedAccessLog.class);
	private static final int PURPOSE_MAX = 300;
	private static final int MAX_BATCH = 500;
	private static final long WAIT_SECONDS = 30;

	private record Pending(UUID userId, String username, String actorUnit, String clientAddress,
			AccessSubject subject, AccessAction action, String purpose, CompletableFuture<Void> done) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ChainHasher hasher;
	private final CurrentUser currentUser;
	private final Clock clock;
	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
	private final Thread writer;
	private volatile boolean running = true;

	HashChainedAccessLog(JdbcClient jdbc, PlatformTransactionManager transactions, AuditSettings settings,
			CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.hasher = new ChainHasher(settings.chainKey());
		this.currentUser = currentUser;
		this.clock = clock;
		this.writer = new Thread(this::writeLoop, "access-log-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	@Override
	public void record(AccessSubject subject, AccessAction action, String purpose) {
		recordAll(List.of(subject), action, purpose);
	}

	@Override
	public void recordAll(Collection<AccessSubject> subjects, AccessAction action, String purpose) {
		if (purpose == null || purpose.isBlank()) {
			throw new IllegalArgumentException("every access states its purpose");
		}
		var trimmed = purpose.strip().length() > PURPOSE_MAX ? purpose.strip().substring(0, PURPOSE_MAX) : purpose.strip();
		var user = currentUser.find();
		var userId = user.map(u -> u.id().value()).orElse(null);
		var username = user.map(u -> u.username()).orElse("system");
		var unit = user.flatMap(u -> u.homeUnitCode()).orElse(null);
		var address = ClientAddress.current();
		if (!running) {
			throw new IllegalStateException("the access log is shut down");
		}
		List<Pending> pendings = new ArrayList<>(subjects.size());
		for (var subject : subjects) {
			pendings.add(new Pending(userId, username, unit, address, subject, action, trimmed, new CompletableFuture<>()));
		}
		queue.addAll(pendings);
		try {
			CompletableFuture.allOf(pendings.stream().map(Pending::done).toArray(CompletableFuture[]::new))
					.get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while recording an access", e);
		}
		catch (ExecutionException | TimeoutException e) {
			throw new IllegalStateException("the access could not be recorded", e);
		}
	}

	private void writeLoop() {
		while (running || !queue.isEmpty()) {
			List<Pending> batch = new ArrayList<>();
			try {
				var first = queue.poll(500, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				transaction.executeWithoutResult(status -> append(batch));
				batch.forEach(p -> p.done().complete(null));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				batch.forEach(p -> p.done().completeExceptionally(e));
				return;
			}
			catch (RuntimeException e) {
				log.error("Access log entries could not be written; the accesses are refused", e);
				batch.forEach(p -> p.done().completeExceptionally(e));
			}
		}
	}

	private void append(List<Pending> batch) {
		record Head(long lastSeq, String lastHash) {
		}
		var head = jdbc.sql("SELECT last_seq, last_hash FROM access_log_head WHERE id = 1 FOR UPDATE")
				.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
		long seq = head.lastSeq();
		var previous = head.lastHash();
		var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Object[]> rows = new ArrayList<>(batch.size());
		for (var p : batch) {
			seq++;
			var entry = new AccessEntry(seq, at, p.userId(), p.username(), p.actorUnit(), p.clientAddress(),
					p.subject().type(), p.subject().id(), p.subject().orgUnitCode(), p.action().name(), p.purpose(), null,
					null);
			var hash = hasher.hash(previous, entry);
			rows.add(new Object[] { seq, at.atOffset(ZoneOffset.UTC), p.userId(), p.username(), p.actorUnit(),
					p.clientAddress(), p.subject().type(), p.subject().id(), p.subject().orgUnitCode(), p.action().name(),
					p.purpose(), previous, hash });
			previous = hash;
		}
		for (var row : rows) {
			jdbc.sql("""
					INSERT INTO access_log (seq, at, user_id, username, actor_unit, client_address, subject_type,
					  subject_id, subject_unit, action, purpose, prev_hash, hash)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(row).update();
		}
		jdbc.sql("UPDATE access_log_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, previous).update();
	}

	@Override
	public void destroy() throws InterruptedException {
		running = false;
		writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
	}
}
