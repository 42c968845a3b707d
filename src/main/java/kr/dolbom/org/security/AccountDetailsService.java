package kr.dolbom.org.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import kr.dolbom.org.internal.JdbcAccounts;

@Component
class AccountDetailsService implements UserDetailsService {

	private final JdbcAccounts accounts;

	AccountDetailsService(JdbcAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var normalised = username == null ? "" : username.strip().toLowerCase();
		return accounts.findByUsername(normalised).map(AccountDetails::new)
				.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}
}
