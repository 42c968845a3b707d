package kr.dolbom.org.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.RoleGrant;

/** The authentication of one request, carrying the freshly loaded user and their roles. */
final class DolbomAuthentication extends AbstractAuthenticationToken {

	private final transient DolbomUser user;

	DolbomAuthentication(DolbomUser user) {
		super(user.grants().stream().map(RoleGrant::role).distinct()
				.map(role -> new SimpleGrantedAuthority(role.authority())).toList());
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public DolbomUser getPrincipal() {
		return user;
	}

	@Override
	public String getName() {
		return user.username();
	}
}
