package kr.dolbom.deadline.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A day off added by a person: a local closure of an org unit, or without {@code orgUnitCode} a
 * nationwide holiday designated after the reference data was written.
 */
public record Closure(UUID id, String orgUnitCode, LocalDate day, String name, OffsetDateTime createdAt,
		String createdBy) {

	public boolean nationwide() {
		return orgUnitCode == null;
	}
}
