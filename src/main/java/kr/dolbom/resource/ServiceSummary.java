package kr.dolbom.resource;

import java.time.LocalDate;

/**
 * What other modules (a case's service plan, its checks) may know of a service: enough to show it
 * and to know whether it can still be used.
 */
public record ServiceSummary(ServiceId id, ProviderId providerId, String providerName, String serviceName,
		String categoryCode, String categoryName, ProviderStatus providerStatus, ServiceStatus status,
		LocalDate startsOn, LocalDate endsOn) {

	/** Approved provider, active service, and the day inside the service period. */
	public boolean usableOn(LocalDate day) {
		return providerStatus == ProviderStatus.APPROVED && status == ServiceStatus.ACTIVE
				&& (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
	}
}
