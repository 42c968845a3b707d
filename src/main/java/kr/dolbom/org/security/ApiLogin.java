package kr.dolbom.org.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** Username and password in, bearer token out — through the same checks and lock counter as the web login. */
@Component
public class ApiLogin {

	public enum Refusal {
		BAD_CREDENTIALS, LOCKED, DISABLED, PASSWORD_CHANGE_REQUIRED
	}

	public static final class LoginRefused extends RuntimeException {

		private final Refusal refusal;

		LoginRefused(Refusal refusal) {
			super(refusal.name());
			this.refusal = refusal;
		}

		public Refusal refusal() {
			return refusal;
		}
	}

	private final AuthenticationManager authenticationManager;
	private final TokenService tokens;

	ApiLogin(AuthenticationManager authenticationManager, TokenService tokens) {
		this.authenticationManager = authenticationManager;
		this.tokens = tokens;
	}

	public TokenService.IssuedToken login(String username, String password) {
		try {
			var authentication = authenticationManager
					.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
			var details = (AccountDetails) authentication.getPrincipal();
			if (details.mustChangePassword()) {
				throw new LoginRefused(Refusal.PASSWORD_CHANGE_REQUIRED);
			}
			return tokens.issue(details);
		}
		catch (LockedException e) {
			throw new LoginRefused(Refusal.LOCKED);
		}
		catch (DisabledException e) {
			throw new LoginRefused(Refusal.DISABLED);
		}
		catch (AuthenticationException e) {
			throw new LoginRefused(Refusal.BAD_CREDENTIALS);
		}
	}
}
