package kr.dolbom.consultation;

import java.util.UUID;

public record ConsultationId(UUID value) {

	public static ConsultationId of(String value) {
		return new ConsultationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
