package kr.dolbom.discovery;

import java.time.LocalDate;

import kr.dolbom.people.PersonId;

/**
 * A target as other parts of the application may see it. {@code personId} is null while the person
 * is not in the people register (they are registered when the worker records 처리대상자).
 */
public record TargetSummary(TargetId id, RoundId roundId, String roundLabel, PersonId personId, String name,
		String officeCode, int score, Integer rank, String selection, TargetStatus status, TargetResult result,
		String reasonCode, LocalDate distributedOn, LocalDate processedOn) {
}
