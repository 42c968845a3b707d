package kr.dolbom.consultation.internal;

/**
 * The coded parts of a nurse's health visit (manual 1-4: "건강평가 도구를 활용하여 대상자의
 * 건강위험요인 및 건강문제 파악", "보건소 방문건강관리, 정신건강복지센터, 치매안심센터 등 … 연계") and of the
 * small-group programmes ("만성질환에 따른 식단관리, 건강체조, 구강관리, 치매예방 교육 등").
 */
public final class HealthCodes {

	public enum RiskFactor {
		SMOKING, DRINKING, INACTIVITY, MALNUTRITION, OBESITY, FALL_RISK, DEPRESSION, COGNITIVE_DECLINE, SOCIAL_ISOLATION
	}

	public enum ChronicDisease {
		HYPERTENSION, DIABETES, DYSLIPIDEMIA, ARTHRITIS, HEART_DISEASE, STROKE, RESPIRATORY, DEMENTIA, MENTAL_ILLNESS,
		CANCER, OTHER
	}

	/** Where a health need is linked when the nurse cannot meet it herself. */
	public enum Link {
		BOGUNSO_VISITING, MENTAL_HEALTH_CENTRE, DEMENTIA_CENTRE, CLINIC
	}

	public enum ProgrammeTopic {
		CHRONIC_DIET, EXERCISE, ORAL_CARE, DEMENTIA_PREVENTION, MENTAL_HEALTH, OTHER
	}

	private HealthCodes() {
	}
}
