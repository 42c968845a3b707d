package kr.dolbom.resource;

import java.util.UUID;

/** A provider (제공주체) of the resource directory. */
public record ProviderId(UUID value) {

	public static ProviderId of(String value) {
		return new ProviderId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
