package kr.dolbom.deadline;

import java.util.UUID;

public record DeadlineId(UUID value) {

	public static DeadlineId of(String value) {
		return new DeadlineId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
