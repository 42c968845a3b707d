package kr.dolbom.casework;

import java.util.Optional;

/** For other modules. */
public interface Cases {

	/** No check and no log: the caller has its own reason to read the case. */
	Optional<CaseSummary> find(CaseId id);

	/**
	 * The case if the signed-in user may see it (its office is in their scope, or they are one of its
	 * case managers); otherwise {@link kr.dolbom.shared.NotFoundException}, as api.md requires.
	 */
	CaseSummary requireVisible(CaseId id);
}
