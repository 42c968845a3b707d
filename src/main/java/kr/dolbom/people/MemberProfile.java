package kr.dolbom.people;

import java.time.LocalDate;

/**
 * A household member as an initial consultation sheet is pre-filled with (manual 1-2 ④ ② 초기상담
 * 유의사항: "각 가구원의 학력, 직업, 건강상태, … 가구원별 연락처 등은 반드시 확인"): never the full
 * registration number.
 */
public record MemberProfile(PersonId id, String name, String rrnMasked, LocalDate birthDate, Sex sex,
		Relationship relationship, Education education, String occupation, HealthStatus healthStatus, String healthNote,
		DisabilityType disabilityType, DisabilityGrade disabilityGrade, String phone, String contactNote,
		LocalDate deceasedOn) {
}
