package kr.dolbom.people;

import java.time.LocalDate;

/** A flag on a household; {@code expectedOn} is the expected discharge date of {@link HouseholdFlag#DISCHARGE_PLANNED}. */
public record FlaggedHousehold(HouseholdId householdId, String officeCode, HouseholdFlag flag, LocalDate expectedOn,
		String note) {
}
