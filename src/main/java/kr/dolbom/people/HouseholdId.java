package kr.dolbom.people;

import java.util.UUID;

public record HouseholdId(UUID value) {

	public static HouseholdId of(String value) {
		return new HouseholdId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
