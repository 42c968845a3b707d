package kr.dolbom.discovery;

import java.util.Objects;
import java.util.UUID;

/** A discovery round (발굴차수). */
public record RoundId(UUID value) {

	public RoundId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
