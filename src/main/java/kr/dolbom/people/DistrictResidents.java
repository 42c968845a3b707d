package kr.dolbom.people;

import java.time.LocalDate;
import java.util.List;

/**
 * The heads of household of the generated district people (quality.md district dataset), in a
 * seeded order: what the other modules' parts of the dataset (consultations, cases) are generated
 * for. Regenerated from the seed, so the same seed always gives the same residents.
 */
public interface DistrictResidents {

	record Resident(PersonId personId, HouseholdId householdId, String officeCode, LocalDate birthDate) {
	}

	/** Every head of household of the people dataset of this seed, shuffled with the seed. */
	List<Resident> heads(String districtCode, long seed);
}
