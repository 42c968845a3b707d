package kr.dolbom.people;

import java.util.UUID;

public record PersonId(UUID value) {

	public static PersonId of(String value) {
		return new PersonId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
