package kr.dolbom.org;

import java.util.Optional;

/** The user of the current request. */
public interface CurrentUser {

	/** @throws org.springframework.security.authentication.AuthenticationCredentialsNotFoundException when nobody is signed in */
	DolbomUser get();

	Optional<DolbomUser> find();
}
