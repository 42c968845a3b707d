package kr.dolbom.casework;

import java.util.UUID;

public record CaseId(UUID value) {

	public static CaseId of(String value) {
		return new CaseId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
