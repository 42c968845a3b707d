package kr.dolbom.resource.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.ServiceStatus;

/** A service (제공 서비스) with its standard name, eligibility, capacity (제공량) and period. */
public record ServiceRecord(ServiceId id, ProviderId providerId, String nameCode, String name, String categoryCode,
		String categoryName, String description, Integer capacity, LocalDate startsOn, LocalDate endsOn,
		String contactMobile, ServiceStatus status, String statusReason, Eligibility eligibility,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

	public boolean inPeriodOn(LocalDate day) {
		return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
	}

	ServiceRecord withEligibility(Eligibility eligibility) {
		return new ServiceRecord(id, providerId, nameCode, name, categoryCode, categoryName, description, capacity,
				startsOn, endsOn, contactMobile, status, statusReason, eligibility, createdAt, updatedAt, version);
	}
}
