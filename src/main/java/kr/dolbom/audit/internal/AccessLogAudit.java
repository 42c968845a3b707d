package kr.dolbom.audit.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import kr.dolbom.org.Access;
import kr.dolbom.org.Role;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;

/**
 * What auditors do with the access log: search it (the administrator everywhere, supervisors within
 * their scope) and check that the chain is intact.
 */
@Service
public class AccessLogAudit {

	private static final int BATCH = 5_000;

	private final AccessLogRepository repository;
	private final ChainHasher hasher;
	private final Access access;

	AccessLogAudit(AccessLogRepository repository, AuditSettings settings, Access access) {
		this.repository = repository;
		this.hasher = new ChainHasher(settings.chainKey());
		this.access = access;
	}

	public PageResult<AccessEntry> search(AccessLogQuery query, Paging paging) {
		var user = access.requireAnyRole(Role.ADMIN, Role.SUPERVISOR);
		List<String> units = null;
		if (!user.hasRole(Role.ADMIN)) {
			units = new ArrayList<>(user.scope().offices());
			units.addAll(user.scope().roots());
		}
		return repository.search(query, units, paging);
	}

	public ChainCheck verify() {
		access.requireAnyRole(Role.ADMIN, Role.SUPERVISOR);
		return verifyChain();
	}

	/**
	 * Recomputes every hash in order. A changed field breaks that entry's hash; a deleted or inserted
	 * entry breaks the sequence or the next entry's link; a truncated end disagrees with the head.
	 */
	ChainCheck verifyChain() {
		String previous = ChainHasher.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		List<AccessEntry> batch;
		do {
			batch = repository.batchAfter(expectedSeq - 1, BATCH);
			for (var entry : batch) {
				if (entry.seq() != expectedSeq) {
					return ChainCheck.broken(checked, expectedSeq, "audit.chain.gap");
				}
				if (!entry.prevHash().equals(previous)) {
					return ChainCheck.broken(checked, entry.seq(), "audit.chain.link");
				}
				if (!hasher.hash(previous, entry).equals(entry.hash())) {
					return ChainCheck.broken(checked, entry.seq(), "audit.chain.altered");
				}
				previous = entry.hash();
				expectedSeq++;
				checked++;
			}
		}
		while (batch.size() == BATCH);
		var head = repository.head();
		if (head.lastSeq() != checked || !head.lastHash().equals(previous)) {
			return ChainCheck.broken(checked, checked + 1, "audit.chain.truncated");
		}
		return ChainCheck.ok(checked);
	}
}
