package kr.dolbom.deadline;

import java.util.Objects;
import java.util.UUID;

/** The case, target or referral a deadline belongs to, by id only. */
public record DeadlineSubject(SubjectType type, UUID id) {

	public DeadlineSubject {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
	}

	public static DeadlineSubject ofCase(UUID caseId) {
		return new DeadlineSubject(SubjectType.CASE, caseId);
	}

	public static DeadlineSubject ofTarget(UUID targetId) {
		return new DeadlineSubject(SubjectType.TARGET, targetId);
	}
}
