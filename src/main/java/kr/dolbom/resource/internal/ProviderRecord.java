package kr.dolbom.resource.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ProviderType;

/** A provider (제공주체) as stored. {@code orgUnitCode} is where it is, {@code districtCode} its 시군구. */
public record ProviderRecord(ProviderId id, String name, String businessNumber, String phone, String address,
		String orgUnitCode, String districtCode, ProviderType type, String description, String contactName,
		String contactMobile, ProviderStatus status, String statusReason, Source source, String sourceSystem,
		UUID registeredBy, String registeredUnitCode, String registeredDistrictCode, ProviderId mergedInto,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime verifiedAt, int version) {

	public enum Source {
		/** registered in Dolbom */
		LOCAL,
		/** imported from another system: read-only */
		IMPORTED
	}

	public boolean imported() {
		return source == Source.IMPORTED;
	}

	public DuplicateRules.Keys keys() {
		return DuplicateRules.Keys.of(name, businessNumber, phone, address, districtCode);
	}

	/** The later of the last change and the last confirmation in an overhaul. */
	public OffsetDateTime lastReviewedAt() {
		return verifiedAt != null && verifiedAt.isAfter(updatedAt) ? verifiedAt : updatedAt;
	}
}
