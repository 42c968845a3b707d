package kr.dolbom.consultation.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A structured incident report (domain.md §3.4; appendix 3 사고보고서 "사고당사자(피해자)와 목격자가 객관적
 * 상황을 정확하게 작성"): when, where, who, the damage, the client's behaviour, the supervisor's opinion and
 * plan, and the outcome. The team lead (슈퍼바이저) adds the plan and the outcome in the review.
 */
public record IncidentReport(UUID id, String officeCode, UUID visitId, UUID householdId, OffsetDateTime occurredAt,
		String place, String peopleInvolved, String supervisor, String damageSummary, String riskDetail,
		String damageExtent, String clientBehaviour, String bystanderBehaviour, String staffReaction,
		String witnessAccount, boolean policeReported, String supervisorPlan, String outcome, UUID reviewedBy,
		OffsetDateTime reviewedAt, UUID reportedBy, OffsetDateTime reportedAt, int version) {
}
