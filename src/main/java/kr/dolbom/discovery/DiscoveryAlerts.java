package kr.dolbom.discovery;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Raises alerts (stored in {@code discovery_alert}). {@code subjectType} is NON_TARGET, TARGET or
 * SELF_MANAGED; raising the same kind for the same subject on the same day again does nothing.
 */
public interface DiscoveryAlerts {

	void raise(String subjectType, UUID subjectId, String officeCode, AlertKind kind, String detail, LocalDate on);
}
