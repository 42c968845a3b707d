package kr.dolbom.resource;

import java.util.UUID;

/** A linkage request of a person (or a case) to a service. */
public record LinkageId(UUID value) {

	public static LinkageId of(String value) {
		return new LinkageId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
