package kr.dolbom.audit;

/**
 * Writes one entry of the access log for the current user and client address. The entry is
 * committed in its own transaction before the data is returned, so no access goes unrecorded; if
 * it cannot be written, the access fails.
 */
public interface AccessLog {

	void record(AccessSubject subject, AccessAction action, String purpose);
}
