package kr.dolbom.org;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kr.dolbom.shared.NotFoundException;

/**
 * The two questions every service asks before it touches data, answered the way api.md says:
 * outside the caller's scope is 404 (as if it did not exist), a missing role is 403.
 */
@Component
public class Access {

	private final CurrentUser currentUser;

	Access(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	public DolbomUser requireAnyRole(Role... roles) {
		var user = currentUser.get();
		if (!user.hasAnyRole(roles)) {
			throw new AccessDeniedException("role required");
		}
		return user;
	}

	/** Personal data registered to {@code officeCode}: 404 outside the caller's offices. */
	public DolbomUser requireOffice(String officeCode, String subject, Object id) {
		var user = currentUser.get();
		if (!user.scope().coversOffice(officeCode)) {
			throw new NotFoundException(subject, id);
		}
		return user;
	}

	/** In scope first (404), then role (403): an out-of-scope caller learns nothing. */
	public DolbomUser requireOfficeAndRole(String officeCode, String subject, Object id, Role... roles) {
		requireOffice(officeCode, subject, id);
		return requireAnyRole(roles);
	}
}
