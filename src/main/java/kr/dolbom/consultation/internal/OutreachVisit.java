package kr.dolbom.consultation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import kr.dolbom.org.Role;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.PersonId;

/** An outreach visit from plan to decision (manual 1-2 ③ 업무 절차), with its safety check (appendix 3–4). */
public record OutreachVisit(UUID id, String officeCode, HouseholdId householdId, PersonId personId,
		VisitTargetGroup group, Status status, LocalDate plannedOn, boolean healthNeed, LocalDate noticeSentOn,
		NoticeMethod noticeMethod, OffsetDateTime appointmentAt, RiskCheck riskCheck, boolean policeEscort,
		OffsetDateTime departedAt, OffsetDateTime returnedAt, LocalDate visitedOn, UUID consultationId,
		Decision decision, String decisionNote, UUID initialConsultationId, String cancelledReason, UUID plannedBy,
		List<Staff> staff, int version) {

	public OutreachVisit {
		staff = List.copyOf(staff);
	}

	public enum Status {
		PLANNED, NOTICE_SENT, APPOINTED, VISITED, CANCELLED;

		public boolean open() {
			return this != VISITED && this != CANCELLED;
		}
	}

	/** 방문안내: by phone, by a letter, or handed over by the 복지통(이)장. */
	public enum NoticeMethod {
		PHONE, LETTER, TONGJANG
	}

	/** 상담 후 조치: nothing further, keep in monitor consultations, or open an initial consultation (→ case). */
	public enum Decision {
		NONE, MONITOR, INITIAL_CONSULTATION
	}

	public record Staff(UUID userId, Role role) {
	}

	/** The pre-visit risk check (appendix 3 방문 전 위험요소 점검). */
	public record RiskCheck(boolean violence, boolean alcohol, boolean infection, boolean priorIncident, String note,
			RiskLevel level, OffsetDateTime checkedAt, UUID checkedBy) {
	}

	public enum RiskLevel {
		LOW, HIGH
	}

	/** appendix 3: high-risk visits go with a colleague (2인 이상) or with the police. */
	public boolean safeToVisitWith(int staffCount, boolean police) {
		return riskCheck == null || riskCheck.level() != RiskLevel.HIGH || staffCount >= 2 || police;
	}
}
