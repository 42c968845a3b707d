package kr.dolbom.org;

import java.io.Serializable;
import java.util.UUID;

public record UserId(UUID value) implements Serializable {

	public static UserId of(String value) {
		return new UserId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
