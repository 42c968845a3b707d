package kr.dolbom.resource;

import java.util.UUID;

/** A service (제공 서비스) of a provider. */
public record ServiceId(UUID value) {

	public static ServiceId of(String value) {
		return new ServiceId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
