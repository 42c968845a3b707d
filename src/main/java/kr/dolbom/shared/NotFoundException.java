package kr.dolbom.shared;

/**
 * A resource that does not exist <em>or</em> lies outside the caller's scope. Both answer 404 so
 * that nobody can probe for data they may not see.
 */
public class NotFoundException extends RuntimeException {

	private final String subject;

	public NotFoundException(String subject, Object id) {
		super(subject + " not found");
		this.subject = subject;
	}

	public String subject() {
		return subject;
	}
}
