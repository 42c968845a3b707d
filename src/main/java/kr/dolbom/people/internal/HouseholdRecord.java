package kr.dolbom.people.internal;

import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.IncomeClass;

public record HouseholdRecord(HouseholdId id, String officeCode, String addressLine, IncomeClass incomeClass,
		int version) {
}
