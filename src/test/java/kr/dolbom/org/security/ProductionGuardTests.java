package kr.dolbom.org.security;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** architecture.md "Running": the app refuses to start in prod with demo secrets or demo data. */
class ProductionGuardTests {

	private static final String REAL = "k3Jd9s8f7g6h5j4k3l2m1n0b9v8c7x6z5a4s";

	private static SecuritySettings tokens(String secret) {
		return new SecuritySettings(secret, Duration.ofHours(8), 5);
	}

	@Test
	void realSecretsWithoutDemoDataStart() {
		assertThatNoException().isThrownBy(() -> ProductionGuard.check(REAL, REAL, REAL, false));
	}

	@Test
	void theDemoTokenSecretIsRefused() {
		assertThatIllegalStateException()
				.isThrownBy(() -> ProductionGuard.check("demo-only-token-secret-do-not-use-in-production", REAL, REAL, false))
				.withMessageContaining("DOLBOM_TOKEN_SECRET");
	}

	@Test
	void theDemoAuditKeyIsRefused() {
		assertThatIllegalStateException()
				.isThrownBy(() -> ProductionGuard.check(REAL, "demo-only-audit-chain-key-do-not-use-in-production", REAL, false))
				.withMessageContaining("DOLBOM_AUDIT_KEY");
	}

	@Test
	void theDemoRrnKeyIsRefused() {
		assertThatIllegalStateException()
				.isThrownBy(() -> ProductionGuard.check(REAL, REAL, "demo-only-rrn-master-key-do-not-use-in-production", false))
				.withMessageContaining("DOLBOM_RRN_KEY");
	}

	@Test
	void demoDataIsRefused() {
		assertThatIllegalStateException()
				.isThrownBy(() -> ProductionGuard.check(REAL, REAL, REAL, true))
				.withMessageContaining("demo");
	}

	@Test
	void aShortTokenSecretIsRefusedEverywhere() {
		assertThatIllegalStateException().isThrownBy(() -> tokens("short"));
	}
}
