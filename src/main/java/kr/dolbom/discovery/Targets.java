package kr.dolbom.discovery;

import java.util.List;
import java.util.Optional;

/**
 * Read access to targets for the module's other features (self-managed targets, statistics). No
 * scope check and no access log: the caller checks and logs for its own record.
 */
public interface Targets {

	Optional<TargetSummary> find(TargetId id);

	/**
	 * The round's targets of the office that did not end in support (비대상자 and 미처리): the
	 * "unsupported list" self-managed targets may be registered from.
	 */
	List<TargetSummary> unsupported(RoundId round, String officeCode);

	/** The encrypted registration number of the target (people.ResidentRegistry#unseal). */
	String sealedRrn(TargetId id);
}
