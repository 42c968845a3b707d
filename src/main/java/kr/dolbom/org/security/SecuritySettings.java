package kr.dolbom.org.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tokenSecret key that signs API bearer tokens (HMAC-SHA256, at least 32 bytes;
 *        {@code DOLBOM_TOKEN_SECRET})
 * @param tokenTtl how long a bearer token is valid
 * @param maxFailedLogins consecutive wrong passwords after which an account locks (quality.md: 5)
 */
@ConfigurationProperties("dolbom.security")
public record SecuritySettings(String tokenSecret, Duration tokenTtl, Integer maxFailedLogins) {

	/** Secrets beginning with this are the documented demo values; {@code prod} refuses them. */
	public static final String DEMO_SECRET_PREFIX = "demo-only-";

	public SecuritySettings {
		if (tokenTtl == null) {
			tokenTtl = Duration.ofHours(8);
		}
		if (maxFailedLogins == null) {
			maxFailedLogins = 5;
		}
		if (tokenSecret == null || tokenSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
			throw new IllegalStateException("dolbom.security.token-secret (DOLBOM_TOKEN_SECRET) must have at least 32 bytes");
		}
	}
}
