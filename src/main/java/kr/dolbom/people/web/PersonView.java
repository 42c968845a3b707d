package kr.dolbom.people.web;

import java.time.LocalDate;
import java.util.List;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.Education;
import kr.dolbom.people.HealthStatus;
import kr.dolbom.people.Relationship;
import kr.dolbom.people.Sex;
import kr.dolbom.people.internal.PersonRecord;

/** A person in the API: never the plain registration number. */
record PersonView(String id, String name, String rrnMasked, LocalDate birthDate, Sex sex, boolean foreignResident,
		String phone, String householdId, Relationship relationship, String officeCode, Education education,
		String occupation, HealthStatus healthStatus, String healthNote, DisabilityType disabilityType,
		DisabilityGrade disabilityGrade, String contactNote, LocalDate deceasedOn, int version, Boolean existing,
		List<String> warnings) {

	static PersonView of(PersonRecord p) {
		return of(p, null, null);
	}

	static PersonView of(PersonRecord p, Boolean existing, List<String> warnings) {
		var d = p.details();
		return new PersonView(p.id().toString(), p.name(), p.rrnMasked(), p.birthDate(), p.sex(), p.foreignResident(),
				p.phone(), p.householdId().toString(), p.relationship(), p.officeCode(), d.education(), d.occupation(),
				d.healthStatus(), d.healthNote(), d.disabilityType(), d.disabilityGrade(), d.contactNote(),
				p.deceasedOn(), p.version(), existing, warnings);
	}
}
