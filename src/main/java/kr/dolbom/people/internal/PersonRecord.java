package kr.dolbom.people.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.Education;
import kr.dolbom.people.HealthStatus;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.Names;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Relationship;
import kr.dolbom.people.Sex;

/** A person as stored, without the registration number (only its masked form). */
public record PersonRecord(PersonId id, String name, String rrnMasked, LocalDate birthDate, Sex sex,
		boolean foreignResident, String phone, HouseholdId householdId, Relationship relationship, String officeCode,
		PersonDetails details, LocalDate deceasedOn, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

	public PersonSummary summary() {
		return new PersonSummary(id, name, rrnMasked, birthDate, sex, householdId, relationship, officeCode,
				details.disabilityType(), details.disabilityGrade(), deceasedOn);
	}

	public String maskedPhone() {
		return Names.maskPhone(phone);
	}

	/** The member attributes an initial consultation captures (manual ② 초기상담 유의사항). */
	public record PersonDetails(Education education, String occupation, HealthStatus healthStatus, String healthNote,
			DisabilityType disabilityType, DisabilityGrade disabilityGrade, String contactNote) {

		public static PersonDetails none() {
			return new PersonDetails(null, null, null, null, null, null, null);
		}
	}
}
