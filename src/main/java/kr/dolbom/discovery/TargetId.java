package kr.dolbom.discovery;

import java.util.Objects;
import java.util.UUID;

/** A distributed discovery target (발굴대상자). */
public record TargetId(UUID value) {

	public TargetId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
