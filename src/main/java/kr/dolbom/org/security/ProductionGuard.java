package kr.dolbom.org.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * architecture.md "Running": in {@code prod} the application refuses to start with the documented
 * demo secrets or with demo data switched on. It checks before the application context exists, so
 * that nothing — not even a database migration — happens with a demo secret. Registered in
 * {@code META-INF/spring.factories}.
 */
public class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		var environment = event.getEnvironment();
		if (environment.matchesProfiles("prod")) {
			check(environment.getProperty("dolbom.security.token-secret"),
					environment.getProperty("dolbom.audit.chain-key"),
					environment.getProperty("dolbom.people.rrn-key"),
					environment.getProperty("dolbom.demo.enabled", Boolean.class, false));
		}
	}

	static void check(String tokenSecret, String auditKey, String rrnKey, boolean demoEnabled) {
		refuseDemo("DOLBOM_TOKEN_SECRET", tokenSecret);
		refuseDemo("DOLBOM_AUDIT_KEY", auditKey);
		refuseDemo("DOLBOM_RRN_KEY", rrnKey);
		if (demoEnabled) {
			throw new IllegalStateException("The prod profile never loads demo data: unset DOLBOM_DEMO_ENABLED");
		}
	}

	private static void refuseDemo(String variable, String value) {
		if (value == null || value.isBlank() || value.startsWith(SecuritySettings.DEMO_SECRET_PREFIX)) {
			throw new IllegalStateException("The prod profile needs a real secret in " + variable);
		}
	}
}
