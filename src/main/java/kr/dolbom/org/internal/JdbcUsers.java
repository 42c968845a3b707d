package kr.dolbom.org.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import kr.dolbom.org.Role;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;

@Component
class JdbcUsers implements Users {

	private final JdbcAccounts accounts;

	JdbcUsers(JdbcAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<UserSummary> find(UserId id) {
		return accounts.find(id).map(JdbcUsers::summary);
	}

	@Override
	public Optional<UserSummary> findByUsername(String username) {
		return username == null ? Optional.empty()
				: accounts.findByUsername(username.strip().toLowerCase()).map(JdbcUsers::summary);
	}

	@Override
	public List<UserSummary> withRoleAt(Role role, String orgUnitCode) {
		return accounts.withRoleAt(role, orgUnitCode).stream().filter(Account::active).map(JdbcUsers::summary).toList();
	}

	static UserSummary summary(Account a) {
		return new UserSummary(a.id(), a.username(), a.name(), a.grants(), a.active(), a.teamId());
	}
}
