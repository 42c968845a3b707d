package kr.dolbom.resource.internal;

import kr.dolbom.resource.ProviderStatus;

/**
 * The state machine of a provider (appendix 7 (3): the resource manager approves or rejects
 * 승인대기, and ends 승인), in one place. Resources imported from another system cannot be changed
 * here (appendix 7 (1) ①: "타 시스템에서 연계된 자원의 경우, 수정·삭제 불가").
 */
final class ProviderLifecycle {

	private ProviderLifecycle() {
	}

	static ProviderStatus approve(ProviderRecord provider) {
		requireLocal(provider);
		if (provider.status() != ProviderStatus.PENDING) {
			throw new ResourceRuleViolation("provider-not-pending");
		}
		return ProviderStatus.APPROVED;
	}

	static ProviderStatus reject(ProviderRecord provider) {
		requireLocal(provider);
		if (provider.status() != ProviderStatus.PENDING) {
			throw new ResourceRuleViolation("provider-not-pending");
		}
		return ProviderStatus.REJECTED;
	}

	static ProviderStatus end(ProviderRecord provider) {
		requireLocal(provider);
		if (provider.status() != ProviderStatus.APPROVED) {
			throw new ResourceRuleViolation("provider-not-approved");
		}
		return ProviderStatus.ENDED;
	}

	/** Editing, adding services and merging: a local provider that is pending or approved. */
	static void requireEditable(ProviderRecord provider) {
		requireLocal(provider);
		if (!provider.status().available()) {
			throw new ResourceRuleViolation("provider-closed");
		}
	}

	/** Only approved resources are usable (appendix 7 (1) ①: "승인 자료만 조회·활용 가능"). */
	static void requireUsable(ProviderRecord provider) {
		if (provider.status() != ProviderStatus.APPROVED) {
			throw new ResourceRuleViolation("resource-not-approved");
		}
	}

	static void requireLocal(ProviderRecord provider) {
		if (provider.imported()) {
			throw new ResourceRuleViolation("imported-read-only");
		}
	}
}
