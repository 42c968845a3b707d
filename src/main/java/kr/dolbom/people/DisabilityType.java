package kr.dolbom.people;

/** The fifteen disability types of the 장애인복지법 시행령 별표 1. */
public enum DisabilityType {
	PHYSICAL, BRAIN_LESION, VISUAL, HEARING, SPEECH, INTELLECTUAL, AUTISM, MENTAL, KIDNEY, HEART, RESPIRATORY,
	LIVER, FACIAL, STOMA, EPILEPSY
}
