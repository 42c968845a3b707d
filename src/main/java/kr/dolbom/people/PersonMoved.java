package kr.dolbom.people;

import java.time.LocalDate;

/** A person moved to another household or address; follow-ups go to the office of the new address. */
public record PersonMoved(PersonId person, HouseholdId fromHousehold, HouseholdId toHousehold, String fromOffice,
		String toOffice, LocalDate movedOn) {
}
