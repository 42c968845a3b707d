package kr.dolbom.resource.internal;

import kr.dolbom.resource.LinkageStatus;

/**
 * The closed loop of a linkage (domain.md §4.8): REQUESTED → ACCEPTED → COMPLETED; the provider
 * may reject a request, or an accepted linkage it cannot deliver, with a reason.
 */
final class LinkageLifecycle {

	private LinkageLifecycle() {
	}

	static LinkageStatus accept(LinkageStatus current) {
		if (current != LinkageStatus.REQUESTED) {
			throw new ResourceRuleViolation("linkage-not-requested");
		}
		return LinkageStatus.ACCEPTED;
	}

	static LinkageStatus complete(LinkageStatus current) {
		if (current != LinkageStatus.ACCEPTED) {
			throw new ResourceRuleViolation("linkage-not-accepted");
		}
		return LinkageStatus.COMPLETED;
	}

	static LinkageStatus reject(LinkageStatus current) {
		if (!current.open()) {
			throw new ResourceRuleViolation("linkage-closed");
		}
		return LinkageStatus.REJECTED;
	}
}
