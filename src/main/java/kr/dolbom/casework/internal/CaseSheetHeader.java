package kr.dolbom.casework.internal;

import java.util.List;

import kr.dolbom.casework.domain.CaseFile;
import kr.dolbom.people.HouseholdSummary;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.shared.print.FormTexts;
import kr.dolbom.shared.print.PrintedForm;

/**
 * What every case form shows at its top — the client, the office and the case manager — and the
 * footer naming who printed it.
 */
record CaseSheetHeader(CaseFile file, PersonSummary person, HouseholdSummary household, String officeName,
		String officeFullName, String managerName, String printedBy) {

	List<PrintedForm.Field> fields(FormTexts t) {
		var c = file;
		String selection = c.selection() == null ? "" : t.get("case.selection." + c.selection().name())
				+ (c.caseType() == null ? "" : " · " + t.get("case.type." + c.caseType().name()));
		return List.of(
				new PrintedForm.Field(t.get("caseform.name"), person.name()),
				new PrintedForm.Field(t.get("caseform.rrn"), person.rrnMasked()),
				new PrintedForm.Field(t.get("caseform.birth"), t.date(person.birthDate()) + " ("
						+ t.get("caseform.sex." + person.sex().name()) + ")"),
				new PrintedForm.Field(t.get("caseform.office"), officeName),
				new PrintedForm.Field(t.get("caseform.address"), household == null ? "" : household.addressLine()),
				new PrintedForm.Field(t.get("caseform.members"), household == null ? ""
						: t.get("caseform.memberCount", household.members().size())),
				new PrintedForm.Field(t.get("caseform.selection"), selection),
				new PrintedForm.Field(t.get("caseform.manager"), managerName),
				new PrintedForm.Field(t.get("caseform.openedOn"), t.date(c.openedOn())),
				new PrintedForm.Field(t.get("caseform.selectedOn"), t.date(c.selectedOn())));
	}

	/** A short, name-free reference for file names (no personal data in downloads folders or logs). */
	String reference() {
		return file.id().toString().substring(0, 8);
	}
}
