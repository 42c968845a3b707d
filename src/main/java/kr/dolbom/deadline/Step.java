package kr.dolbom.deadline;

/**
 * The steps that carry a deadline, with the step codes of api.md (a case's
 * {@code deadlines:[{step, …}]}). Each has one rule per {@link StepVariant} (domain.md §5).
 */
public enum Step {
	/** 초기상담 — 5 working days after the referral. */
	INITIAL_CONSULTATION,
	/** 접수 — the same day as the request for case management. */
	INTAKE,
	/** 욕구·위기도 조사 — 10 working days after the request. */
	ASSESSMENT,
	/** 대상자 구분·선정 — 5 working days after the assessment is registered. */
	SELECTION,
	/** 서비스 제공계획 — 15 working days after selection, never later than 30 days after intake. */
	PLAN,
	/** 결정 통지 — 60 days after the application (사회보장급여법 §9③, 시행령 §6). */
	DECISION_NOTICE,
	/** 서비스연계 — link a service-link household within 5 working days of selection. */
	LINKAGE,
	/** 서비스 제공 점검 — first check 1–3 months after the service starts (due at 3 months). */
	PROVISION_CHECK,
	/** 종결 — the closure procedure starts 5 working days before the planned closure. */
	CLOSURE,
	/** 사후확인 — 6 and 12 months after closure, or within 6 months after a linkage ends. */
	FOLLOW_UP,
	/** 만족도 조사 — once for a case-management household after closure. */
	SATISFACTION_SURVEY,
	/** 외부 의뢰 사후확인 (종합상담) — 10 working days after an external referral. */
	REFERRAL_CHECK,
	/** 연락두절 — 3 months without contact is a reason for closure. */
	NO_CONTACT,
	/** 발굴대상자 처리 — within 6 months of distribution, else closed as unprocessed. */
	TARGET_PROCESSING,
	/** 자체관리대상자 — alert after 3 months without a consultation. */
	SELF_MANAGED_CONTACT;

	public String messageKey() {
		return "deadline.step." + name();
	}

	/** What the worker has to do for this step, for the work queue. */
	public String actionKey() {
		return "deadline.action." + name();
	}
}
