package kr.dolbom.org.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.Team;
import kr.dolbom.org.UserId;

/**
 * Builds the {@link DolbomUser} of a request from the database. A locked or disabled account, or
 * one whose security stamp changed since the session or token was issued, yields nothing.
 */
@Component
public class AccountLoader {

	private final JdbcAccounts accounts;
	private final JdbcTeams teams;
	private final ScopeResolver scopes;

	AccountLoader(JdbcAccounts accounts, JdbcTeams teams, ScopeResolver scopes) {
		this.accounts = accounts;
		this.teams = teams;
		this.scopes = scopes;
	}

	public Optional<DolbomUser> load(UserId id, int securityStamp) {
		return accounts.find(id)
				.filter(Account::active)
				.filter(a -> a.securityStamp() == securityStamp)
				.map(this::toUser);
	}

	public DolbomUser toUser(Account account) {
		Team team = account.teamId() == null ? null : teams.find(account.teamId()).orElse(null);
		return new DolbomUser(account.id(), account.username(), account.name(), account.grants(),
				account.teamId(), account.agency(), scopes.resolve(account.grants(), team), account.permissions());
	}
}
