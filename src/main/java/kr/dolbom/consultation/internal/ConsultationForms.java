package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;

import org.springframework.stereotype.Service;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.consultation.NeedDomains;
import kr.dolbom.org.Access;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.people.MemberProfiles;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.print.FormTexts;

/**
 * The initial consultation sheet of a resident: whoever may record their consultations may print it
 * (404 outside the scope, 403 without the role); one PRINT entry in the access log per print.
 */
@Service
public class ConsultationForms {

	/** A rendered form and a file name without personal data. */
	public record Printed(String fileName, byte[] pdf) {
	}

	private final Persons persons;
	private final MemberProfiles profiles;
	private final NeedDomains domains;
	private final OrgUnits units;
	private final Access access;
	private final AccessLog accessLog;
	private final FormTexts texts;
	private final Clock clock;

	ConsultationForms(Persons persons, MemberProfiles profiles, NeedDomains domains, OrgUnits units, Access access,
			AccessLog accessLog, FormTexts texts, Clock clock) {
		this.persons = persons;
		this.profiles = profiles;
		this.domains = domains;
		this.units = units;
		this.access = access;
		this.accessLog = accessLog;
		this.texts = texts;
		this.clock = clock;
	}

	public Printed initialConsultationSheet(PersonId id, String purpose) {
		var person = persons.find(id).orElseThrow(() -> new NotFoundException("person", id));
		var user = access.requireOfficeAndRole(person.officeCode(), "person", id, ConsultationService.RECORD);
		var household = persons.household(person.householdId()).orElseThrow();
		var office = units.find(person.officeCode());
		var routes = Arrays.stream(ConsultationRoute.values()).map(r -> texts.get("consultation.route." + r.name()))
				.toList();
		var unit = user.homeUnitCode().flatMap(units::find).map(OrgUnit::name).orElse(null);
		var pdf = InitialConsultationSheet.render(texts, profiles.householdOf(id), household.addressLine(),
				office.map(OrgUnit::fullName).orElse(person.officeCode()), texts.inKorean(domains::all), routes,
				texts.printedBy(user.name(), user.username(), unit, OffsetDateTime.now(clock)), LocalDate.now(clock));
		var own = texts.get("consultationform.purpose");
		accessLog.record(AccessSubject.of("PERSON", id, person.officeCode()), AccessAction.PRINT,
				purpose == null || purpose.isBlank() ? own : own + " — " + purpose.strip());
		return new Printed("initial-consultation-" + id.value().toString().substring(0, 8) + ".pdf", pdf);
	}
}
