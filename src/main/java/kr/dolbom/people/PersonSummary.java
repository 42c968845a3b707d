package kr.dolbom.people;

import java.time.LocalDate;
import java.time.Period;

/**
 * What other modules may know of a person: enough to show and to apply rules (age, household,
 * office of the current address). Never the full registration number.
 */
public record PersonSummary(PersonId id, String name, String rrnMasked, LocalDate birthDate, Sex sex,
		HouseholdId householdId, Relationship relationship, String officeCode, DisabilityType disabilityType,
		DisabilityGrade disabilityGrade, LocalDate deceasedOn) {

	public int ageOn(LocalDate date) {
		return Period.between(birthDate, date).getYears();
	}

	/** 김*용: the name as outside participants and statistics drill-downs may see it (domain.md §2). */
	public String maskedName() {
		return Names.mask(name);
	}
}
