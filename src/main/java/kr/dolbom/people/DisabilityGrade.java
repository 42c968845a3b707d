package kr.dolbom.people;

/**
 * Since the 2019 reform the six grades are replaced by two degrees: 장애의 정도가 심한 장애인
 * (former grades 1–3) and 심하지 않은 장애인 (former grades 4–6).
 */
public enum DisabilityGrade {
	SEVERE, MILD
}
