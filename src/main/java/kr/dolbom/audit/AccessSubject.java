package kr.dolbom.audit;

/**
 * Whose data was accessed: a type ({@code PERSON}, {@code HOUSEHOLD}, {@code CASE}, …), the id and,
 * where known, the 읍면동 the subject is registered to (so that supervisors can review their scope).
 */
public record AccessSubject(String type, String id, String orgUnitCode) {

	public AccessSubject {
		if (type == null || type.isBlank() || id == null || id.isBlank()) {
			throw new IllegalArgumentException("an access subject needs a type and an id");
		}
	}

	public static AccessSubject of(String type, Object id, String orgUnitCode) {
		return new AccessSubject(type, String.valueOf(id), orgUnitCode);
	}
}
