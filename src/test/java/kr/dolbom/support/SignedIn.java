package kr.dolbom.support;

import java.util.function.Supplier;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.internal.AccountLoader;
import kr.dolbom.org.internal.JdbcAccounts;

/** Runs service calls as a demo user, the way a request of theirs would. */
@TestComponent
public class SignedIn {

	private final JdbcAccounts accounts;
	private final AccountLoader loader;

	SignedIn(JdbcAccounts accounts, AccountLoader loader) {
		this.accounts = accounts;
		this.loader = loader;
	}

	public DolbomUser user(String username) {
		return loader.toUser(accounts.findByUsername(username).orElseThrow());
	}

	public <T> T as(String username, Supplier<T> work) {
		var user = user(username);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TestingAuthenticationToken(user, null,
				user.roles().stream().map(r -> r.authority()).toArray(String[]::new)));
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
