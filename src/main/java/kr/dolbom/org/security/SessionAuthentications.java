package kr.dolbom.org.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.internal.JdbcAccounts;

/**
 * After users change their own password the stamp moves on, which would end their own session
 * too; this stores the new stamp in the session so that only their other sessions end.
 */
@Component
public class SessionAuthentications {

	private final JdbcAccounts accounts;
	private final SecurityContextRepository repository;

	SessionAuthentications(JdbcAccounts accounts, SecurityContextRepository repository) {
		this.accounts = accounts;
		this.repository = repository;
	}

	public void refresh(DolbomUser user, HttpServletRequest request, HttpServletResponse response) {
		var account = accounts.find(user.id()).orElseThrow();
		var details = new AccountDetails(account);
		details.eraseCredentials();
		var token = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(token);
		repository.saveContext(context, request, response);
	}
}
