package kr.dolbom.audit.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.shared.web.ClientAddress;

/**
 * Appends entries under a lock on the chain's head row, in a transaction of their own: the entry
 * is committed before the data it records is handed out, and concurrent requests on several
 * nodes still form one unbroken sequence.
 */
@Service
class HashChainedAccessLog implements AccessLog {

	private static final int PURPOSE_MAX = 300;

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final ChainHasher hasher;
	private final CurrentUser currentUser;
	private final Clock clock;

	HashChainedAccessLog(JdbcClient jdbc, PlatformTransactionManager transactions, AuditSettings settings,
			CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.hasher = new ChainHasher(settings.chainKey());
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Override
	public void record(AccessSubject subject, AccessAction action, String purpose) {
		if (purpose == null || purpose.isBlank()) {
			throw new IllegalArgumentException("every access states its purpose");
		}
		var user = currentUser.find();
		var trimmedPurpose = purpose.strip().length() > PURPOSE_MAX ? purpose.strip().substring(0, PURPOSE_MAX)
				: purpose.strip();
		var clientAddress = ClientAddress.current();
		ownTransaction.executeWithoutResult(status -> append(user.orElse(null), clientAddress, subject, action,
				trimmedPurpose));
	}

	private void append(DolbomUser user, String clientAddress, AccessSubject subject, AccessAction action,
			String purpose) {
		record Head(long lastSeq, String lastHash) {
		}
		var head = jdbc.sql("SELECT last_seq, last_hash FROM access_log_head WHERE id = 1 FOR UPDATE")
				.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
		var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var entry = new AccessEntry(head.lastSeq() + 1, at, user == null ? null : user.id().value(),
				user == null ? "system" : user.username(), user == null ? null : user.homeUnitCode().orElse(null),
				clientAddress, subject.type(), subject.id(), subject.orgUnitCode(), action.name(), purpose, null, null);
		var hash = hasher.hash(head.lastHash(), entry);
		jdbc.sql("""
				INSERT INTO access_log (seq, at, user_id, username, actor_unit, client_address, subject_type,
				  subject_id, subject_unit, action, purpose, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(entry.seq(), at.atOffset(ZoneOffset.UTC), entry.userId(), entry.username(), entry.actorUnit(),
						entry.clientAddress(), entry.subjectType(), entry.subjectId(), entry.subjectUnit(),
						entry.action(), entry.purpose(), head.lastHash(), hash)
				.update();
		jdbc.sql("UPDATE access_log_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(entry.seq(), hash)
				.update();
	}
}
