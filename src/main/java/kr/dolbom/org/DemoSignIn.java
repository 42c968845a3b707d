package kr.dolbom.org;

import java.util.function.Supplier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kr.dolbom.org.internal.AccountLoader;
import kr.dolbom.org.internal.JdbcAccounts;

/**
 * Try-it mode only: other modules build their demo data through their own services, as a demo user
 * would through the pages, so that demo records get the same checks, history, deadlines and access
 * log as real ones. The bean does not exist unless demo data is enabled (never in {@code prod}).
 */
@Component
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
public class DemoSignIn {

	private final JdbcAccounts accounts;
	private final AccountLoader loader;

	DemoSignIn(JdbcAccounts accounts, AccountLoader loader) {
		this.accounts = accounts;
		this.loader = loader;
	}

	public <T> T as(String username, Supplier<T> work) {
		var user = loader.toUser(accounts.findByUsername(username)
				.orElseThrow(() -> new IllegalStateException("demo user missing: " + username)));
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}
}
