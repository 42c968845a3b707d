package kr.dolbom.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kr.dolbom.people.DistrictResidents;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.PersonId;

/**
 * The consultation part of the district dataset (quality.md: 300,000 consultations over 5 years):
 * the initial consultations that open the generated cases and the other consultations (desk,
 * outreach, monitoring, health) of the district's residents. Reproducible from the seed; written
 * once (loading again writes nothing and returns the same initial consultations).
 */
public interface DistrictConsultations {

	/** An initial consultation a generated case is opened from. */
	record Initial(ConsultationId id, PersonId personId, HouseholdId householdId, String officeCode, LocalDate referredOn,
			LocalDate consultedOn, String domainCode) {
	}

	/**
	 * @param residents the residents in seeded order; the first {@code initial} get one initial
	 * consultation each (the case's), the others are drawn from all of them
	 * @param recorders per office code, the users who record consultations there
	 * @return the initial consultations, in the order of {@code residents}
	 */
	List<Initial> ensure(List<DistrictResidents.Resident> residents, Map<String, List<UUID>> recorders, long seed,
			int total, int initial, LocalDate today);
}
