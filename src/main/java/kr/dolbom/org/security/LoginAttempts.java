package kr.dolbom.org.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import kr.dolbom.org.internal.JdbcAccounts;
import kr.dolbom.shared.web.ClientAddress;

/** quality.md: an account locks after 5 consecutive wrong passwords; a success resets the count. */
@Component
class LoginAttempts {

	private final JdbcAccounts accounts;
	private final SecuritySettings settings;

	LoginAttempts(JdbcAccounts accounts, SecuritySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		var username = event.getAuthentication().getName();
		if (username == null || username.isBlank()) {
			return;
		}
		var normalised = username.strip().toLowerCase();
		accounts.countFailedLogin(normalised, settings.maxFailedLogins());
		accounts.findByUsername(normalised)
				.filter(a -> a.locked() && a.failedLogins() == settings.maxFailedLogins())
				.ifPresent(a -> accounts.recordEvent(a.id(), "LOCKED_AFTER_FAILURES", null, ClientAddress.current()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
				&& token.getPrincipal() instanceof AccountDetails details) {
			accounts.recordSuccessfulLogin(details.id());
		}
	}
}
