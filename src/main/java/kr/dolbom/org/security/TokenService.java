package kr.dolbom.org.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import kr.dolbom.shared.Ids;

/** Issues the bearer tokens of {@code POST /api/v1/auth/token}: signed, short-lived, revocable by stamp. */
@Component
public class TokenService {

	static final String ISSUER = "dolbom";
	static final String STAMP_CLAIM = "stm";

	private final JwtEncoder encoder;
	private final SecuritySettings settings;
	private final Clock clock;

	TokenService(JwtEncoder encoder, SecuritySettings settings, Clock clock) {
		this.encoder = encoder;
		this.settings = settings;
		this.clock = clock;
	}

	public record IssuedToken(String token, Instant expiresAt) {
	}

	IssuedToken issue(AccountDetails account) {
		var now = clock.instant();
		var expiresAt = now.plus(settings.tokenTtl());
		var claims = JwtClaimsSet.builder()
				.issuer(ISSUER)
				.subject(account.id().toString())
				.issuedAt(now)
				.expiresAt(expiresAt)
				.id(Ids.newId().toString())
				.claim(STAMP_CLAIM, account.securityStamp())
				.build();
		var header = JwsHeader.with(MacAlgorithm.HS256).build();
		return new IssuedToken(encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue(), expiresAt);
	}
}
