package kr.dolbom.resource.internal;

import java.time.OffsetDateTime;

/**
 * Why a resource is on the recommended list of the periodic overhaul (appendix 7 (5): 정비권장
 * 대상목록 — 제공주체 정보, 제공 서비스 정보, 제공량 초과, 미활용 제공 서비스).
 */
public final class OverhaulRules {

	public enum Reason {
		/** provider data not changed nor confirmed for a year */
		STALE,
		/** more open linkages (requested or accepted) than the service's capacity */
		OVER_CAPACITY,
		/** a service that was never linked */
		NEVER_LINKED
	}

	static final int STALE_AFTER_YEARS = 1;

	private OverhaulRules() {
	}

	public static boolean stale(ProviderRecord provider, OffsetDateTime now) {
		return provider.lastReviewedAt().isBefore(now.minusYears(STALE_AFTER_YEARS));
	}

	public static boolean overCapacity(Integer capacity, long openLinkages) {
		return capacity != null && openLinkages > capacity;
	}
}
