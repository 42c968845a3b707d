package kr.dolbom.people;

import java.util.List;

/** A household with its members, as other modules (consultation sheets, eligibility) need it. */
public record HouseholdSummary(HouseholdId id, String officeCode, String addressLine, IncomeClass incomeClass,
		List<PersonSummary> members) {

	public HouseholdSummary {
		members = List.copyOf(members);
	}

	public boolean singlePerson() {
		return members.stream().filter(m -> m.deceasedOn() == null).count() == 1;
	}
}
