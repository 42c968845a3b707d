package kr.dolbom.org.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import kr.dolbom.org.UserId;
import kr.dolbom.org.internal.AccountLoader;

/** A valid signature is not enough: the account must still be active and its stamp unchanged. */
final class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final AccountLoader loader;

	JwtUserConverter(AccountLoader loader) {
		this.loader = loader;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Number stamp = jwt.getClaim(TokenService.STAMP_CLAIM);
		UserId id;
		try {
			id = UserId.of(jwt.getSubject());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidBearerTokenException("invalid subject");
		}
		if (stamp == null) {
			throw new InvalidBearerTokenException("invalid token");
		}
		return loader.load(id, stamp.intValue()).map(DolbomAuthentication::new)
				.orElseThrow(() -> new InvalidBearerTokenException("account no longer valid"));
	}
}
