package kr.dolbom.audit;

import java.util.Collection;

/**
 * Writes one entry of the access log for the current user and client address. The entry is
 * committed in its own transaction before the data is returned, so no access goes unrecorded; if
 * it cannot be written, the access fails.
 */
public interface AccessLog {

	void record(AccessSubject subject, AccessAction action, String purpose);

	/**
	 * One entry per subject, all with the same action and purpose — e.g. every case in an exported
	 * list — appended together and committed before the call returns.
	 */
	void recordAll(Collection<AccessSubject> subjects, AccessAction action, String purpose);
}
