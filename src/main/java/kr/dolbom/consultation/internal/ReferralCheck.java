package kr.dolbom.consultation.internal;

/** The follow-up check (사후확인) of an external desk referral: how it was done and what was found. */
public final class ReferralCheck {

	public enum Method {
		PHONE, VISIT, AGENCY_CONTACT, OFFICE
	}

	public enum Outcome {
		/** 서비스 이용 중 */
		SERVICE_STARTED,
		/** 신청·처리 중 */
		IN_PROGRESS,
		/** 대상 아님 */
		NOT_ELIGIBLE,
		/** 기관에 연락하지 않음 */
		NOT_CONTACTED,
		/** 본인 거부 */
		DECLINED
	}

	private ReferralCheck() {
	}
}
