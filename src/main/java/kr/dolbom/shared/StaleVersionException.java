package kr.dolbom.shared;

/** Someone else changed the record since the caller read it (optimistic locking). API: 409 stale-version. */
public class StaleVersionException extends DomainRuleViolation {

	public StaleVersionException() {
		super("stale-version");
	}
}
