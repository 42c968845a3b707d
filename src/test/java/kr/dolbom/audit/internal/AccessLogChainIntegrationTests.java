package kr.dolbom.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.shared.Paging;
import kr.dolbom.support.DolbomIntegrationTest;
import kr.dolbom.support.SignedIn;

/** quality.md: entries are append-only and chained by hash so that tampering is detectable. */
@DolbomIntegrationTest
class AccessLogChainIntegrationTests {

	@Autowired
	AccessLog accessLog;

	@Autowired
	AccessLogAudit audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignedIn signedIn;

	private long recordThree() {
		for (var i = 0; i < 3; i++) {
			accessLog.record(AccessSubject.of("PERSON", "chain-test-" + i, "4415057000"), AccessAction.VIEW, "사례관리");
		}
		return jdbc.sql("SELECT MAX(seq) FROM access_log").query(Long.class).single();
	}

	@Test
	void anUntouchedChainIsIntact() {
		recordThree();
		var check = audit.verifyChain();
		assertThat(check.intact()).isTrue();
		assertThat(check.entriesChecked()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void changingAnEntryIsDetected() {
		long last = recordThree();
		long target = last - 1;
		var original = jdbc.sql("SELECT purpose FROM access_log WHERE seq = ?").param(target).query(String.class).single();
		try {
			jdbc.sql("UPDATE access_log SET purpose = ? WHERE seq = ?").params("다른 목적", target).update();
			var check = audit.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.brokenAtSeq()).isEqualTo(target);
			assertThat(check.problemKey()).isEqualTo("audit.chain.altered");
		}
		finally {
			jdbc.sql("UPDATE access_log SET purpose = ? WHERE seq = ?").params(original, target).update();
		}
		assertThat(audit.verifyChain().intact()).isTrue();
	}

	@Test
	void deletingAnEntryIsDetected() {
		long last = recordThree();
		long target = last - 1;
		var row = jdbc.sql("SELECT * FROM access_log WHERE seq = ?").param(target).query().singleRow();
		try {
			jdbc.sql("DELETE FROM access_log WHERE seq = ?").param(target).update();
			var check = audit.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.brokenAtSeq()).isEqualTo(target);
			assertThat(check.problemKey()).isEqualTo("audit.chain.gap");
		}
		finally {
			var columns = List.copyOf(row.keySet());
			jdbc.sql("INSERT INTO access_log (" + String.join(", ", columns) + ") VALUES ("
					+ String.join(", ", columns.stream().map(c -> "?").toList()) + ")")
					.params(columns.stream().map(row::get).toList()).update();
		}
		assertThat(audit.verifyChain().intact()).isTrue();
	}

	@Test
	void anEntryNamesTheUserThePurposeAndTheSubject() {
		signedIn.run("demo.worker", () -> accessLog.record(AccessSubject.of("CASE", "case-42", "4415057000"),
				AccessAction.PRINT, "서비스 제공계획 출력"));
		var entry = jdbc.sql("""
				SELECT username, actor_unit, subject_type, subject_id, action, purpose FROM access_log
				ORDER BY seq DESC LIMIT 1""").query().singleRow();
		assertThat(entry).containsEntry("username", "demo.worker").containsEntry("actor_unit", "4415057000")
				.containsEntry("subject_id", "case-42").containsEntry("action", "PRINT")
				.containsEntry("purpose", "서비스 제공계획 출력");
	}

	@Test
	void supervisorsSearchTheirScopeAndOfficeWorkersCannotSearchAtAll() {
		signedIn.run("demo.worker", () -> accessLog.record(AccessSubject.of("PERSON", "scope-test", "4415057000"),
				AccessAction.VIEW, "상담"));
		var query = new AccessLogQuery(null, null, null, null, "scope-test", null);
		var found = signedIn.as("demo.province", () -> audit.search(query, new Paging(0, 10)));
		assertThat(found.total()).isEqualTo(1);
		assertThatThrownBy(() -> signedIn.run("demo.worker", () -> audit.search(query, new Paging(0, 10))))
				.isInstanceOf(AccessDeniedException.class);
	}
}
