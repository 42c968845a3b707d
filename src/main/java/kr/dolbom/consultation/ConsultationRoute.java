package kr.dolbom.consultation;

/** 발굴경로 — how the person came to the office (domain.md §3). */
public enum ConsultationRoute {
	WALK_IN, PHONE, AGENCY_REFERRAL, RESIDENT_REFERRAL, OUTREACH, DISCOVERY, SURVEY, SELF_MANAGED
}
