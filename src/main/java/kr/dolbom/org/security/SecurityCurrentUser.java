package kr.dolbom.org.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.DolbomUser;

@Component
class SecurityCurrentUser implements CurrentUser {

	@Override
	public DolbomUser get() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
	}

	@Override
	public Optional<DolbomUser> find() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof DolbomUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}
}
