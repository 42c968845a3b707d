package kr.dolbom.people.web;

import java.util.UUID;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.Education;
import kr.dolbom.people.HealthStatus;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.people.Relationship;
import kr.dolbom.people.internal.PeopleService;
import kr.dolbom.people.internal.PersonRecord;

/** The person form of the web UI (registration and editing). */
public class PersonForm {

	private String name;
	private String rrn;
	private String phone;
	private String officeCode;
	private String addressLine;
	private UUID householdId;
	private Relationship relationship;
	private Education education;
	private String occupation;
	private HealthStatus healthStatus;
	private String healthNote;
	private DisabilityType disabilityType;
	private DisabilityGrade disabilityGrade;
	private String contactNote;
	private IncomeClass incomeClass;
	private boolean confirmNotDuplicate;
	private int version;

	static PersonForm of(PersonRecord p) {
		var form = new PersonForm();
		var d = p.details();
		form.name = p.name();
		form.phone = p.phone();
		form.relationship = p.relationship();
		form.education = d.education();
		form.occupation = d.occupation();
		form.healthStatus = d.healthStatus();
		form.healthNote = d.healthNote();
		form.disabilityType = d.disabilityType();
		form.disabilityGrade = d.disabilityGrade();
		form.contactNote = d.contactNote();
		form.version = p.version();
		return form;
	}

	PersonRecord.PersonDetails details() {
		return new PersonRecord.PersonDetails(education, occupation, healthStatus, healthNote, disabilityType,
				disabilityGrade, contactNote);
	}

	PeopleService.NewPerson toNewPerson() {
		return new PeopleService.NewPerson(name, rrn, phone,
				householdId == null ? new PeopleService.Address(officeCode, addressLine) : null,
				householdId == null ? null : new HouseholdId(householdId), relationship, details(), incomeClass,
				confirmNotDuplicate);
	}

	PeopleService.PersonChange toChange() {
		return new PeopleService.PersonChange(version, name, phone, relationship, details());
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRrn() {
		return rrn;
	}

	public void setRrn(String rrn) {
		this.rrn = rrn;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getOfficeCode() {
		return officeCode;
	}

	public void setOfficeCode(String officeCode) {
		this.officeCode = officeCode;
	}

	public String getAddressLine() {
		return addressLine;
	}

	public void setAddressLine(String addressLine) {
		this.addressLine = addressLine;
	}

	public UUID getHouseholdId() {
		return householdId;
	}

	public void setHouseholdId(UUID householdId) {
		this.householdId = householdId;
	}

	public Relationship getRelationship() {
		return relationship;
	}

	public void setRelationship(Relationship relationship) {
		this.relationship = relationship;
	}

	public Education getEducation() {
		return education;
	}

	public void setEducation(Education education) {
		this.education = education;
	}

	public String getOccupation() {
		return occupation;
	}

	public void setOccupation(String occupation) {
		this.occupation = occupation;
	}

	public HealthStatus getHealthStatus() {
		return healthStatus;
	}

	public void setHealthStatus(HealthStatus healthStatus) {
		this.healthStatus = healthStatus;
	}

	public String getHealthNote() {
		return healthNote;
	}

	public void setHealthNote(String healthNote) {
		this.healthNote = healthNote;
	}

	public DisabilityType getDisabilityType() {
		return disabilityType;
	}

	public void setDisabilityType(DisabilityType disabilityType) {
		this.disabilityType = disabilityType;
	}

	public DisabilityGrade getDisabilityGrade() {
		return disabilityGrade;
	}

	public void setDisabilityGrade(DisabilityGrade disabilityGrade) {
		this.disabilityGrade = disabilityGrade;
	}

	public String getContactNote() {
		return contactNote;
	}

	public void setContactNote(String contactNote) {
		this.contactNote = contactNote;
	}

	public IncomeClass getIncomeClass() {
		return incomeClass;
	}

	public void setIncomeClass(IncomeClass incomeClass) {
		this.incomeClass = incomeClass;
	}

	public boolean isConfirmNotDuplicate() {
		return confirmNotDuplicate;
	}

	public void setConfirmNotDuplicate(boolean confirmNotDuplicate) {
		this.confirmNotDuplicate = confirmNotDuplicate;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
