package kr.dolbom.org.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import kr.dolbom.org.UserId;
import kr.dolbom.org.internal.Account;

/**
 * What a web session remembers of its user: the id and the security stamp at login. Roles and scope
 * are loaded fresh on every request, so a lock or role change takes effect at once.
 */
final class AccountDetails implements UserDetails, CredentialsContainer {

	private final UserId id;
	private final String username;
	private String passwordHash;
	private final boolean enabled;
	private final boolean locked;
	private final int securityStamp;
	private final boolean mustChangePassword;

	AccountDetails(Account account) {
		this(account.id(), account.username(), account.passwordHash(), account.enabled(), account.locked(),
				account.securityStamp(), account.mustChangePassword());
	}

	AccountDetails(UserId id, String username, String passwordHash, boolean enabled, boolean locked, int securityStamp,
			boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.securityStamp = securityStamp;
		this.mustChangePassword = mustChangePassword;
	}

	UserId id() {
		return id;
	}

	int securityStamp() {
		return securityStamp;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	AccountDetails withStamp(int stamp, boolean mustChange) {
		return new AccountDetails(id, username, null, enabled, locked, stamp, mustChange);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
