package kr.dolbom.support;

import java.util.function.Supplier;

import org.springframework.boot.test.context.TestComponent;

import kr.dolbom.org.DemoSignIn;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.internal.AccountLoader;
import kr.dolbom.org.internal.JdbcAccounts;

/** Runs service calls as a demo user, the way a request of theirs would (tests run with demo data). */
@TestComponent
public class SignedIn {

	private final JdbcAccounts accounts;
	private final AccountLoader loader;
	private final DemoSignIn signIn;

	SignedIn(JdbcAccounts accounts, AccountLoader loader, DemoSignIn signIn) {
		this.accounts = accounts;
		this.loader = loader;
		this.signIn = signIn;
	}

	public DolbomUser user(String username) {
		return loader.toUser(accounts.findByUsername(username).orElseThrow());
	}

	public <T> T as(String username, Supplier<T> work) {
		return signIn.as(username, work);
	}

	public void run(String username, Runnable work) {
		signIn.run(username, work);
	}
}
