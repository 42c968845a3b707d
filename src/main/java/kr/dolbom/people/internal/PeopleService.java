package kr.dolbom.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.Access;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Permission;
import kr.dolbom.org.Role;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonMoved;
import kr.dolbom.people.Relationship;
import kr.dolbom.people.Rrn;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

/**
 * Registering, finding, changing and moving residents (domain.md §2). Every operation checks the
 * caller's scope and role here and writes the personal-data access log before data leaves.
 */
@Service
public class PeopleService {

	static final String PERSON = "PERSON";
	static final String HOUSEHOLD = "HOUSEHOLD";

	private final JdbcPeople people;
	private final RrnProtection protection;
	private final Access access;
	private final AccessLog accessLog;
	private final OrgUnits units;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PeopleService(JdbcPeople people, RrnProtection protection, Access access, AccessLog accessLog, OrgUnits units,
			ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.protection = protection;
		this.access = access;
		this.accessLog = accessLog;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	public record Address(String officeCode, String line) {
	}

	public record NewPerson(String name, String rrn, String phone, Address address, HouseholdId householdId,
			Relationship relationship, PersonRecord.PersonDetails details, IncomeClass incomeClass,
			boolean confirmNotDuplicate) {
	}

	/** {@code existing}: the number was registered already and that person is returned instead. */
	public record Registration(PersonRecord person, boolean existing, List<String> warnings) {
	}

	public record PersonChange(int version, String name, String phone, Relationship relationship,
			PersonRecord.PersonDetails details) {
	}

	public record Move(int version, HouseholdId toHousehold, Address newAddress, Relationship relationship,
			LocalDate movedOn, String reason) {
	}

	public record HouseholdView(HouseholdRecord household, List<PersonRecord> members) {
	}

	@Transactional
	public Registration register(NewPerson command) {
		var user = access.requireAnyRole(PeopleAccess.EDIT);
		var problems = new ValidationFailed.Collector();
		var name = strip(command.name());
		problems.rejectIf(name == null, "name", "validation.required")
				.rejectIf(name != null && name.length() > 60, "name", "validation.too-long", 60);
		var rrn = parseRrn(command.rrn(), problems);
		var phone = phone(command.phone(), problems);
		var details = details(command.details(), problems);

		HouseholdRecord household = null;
		if (command.householdId() != null) {
			household = people.household(command.householdId())
					.filter(h -> user.scope().coversOffice(h.officeCode()))
					.orElseThrow(() -> new NotFoundException("household", command.householdId()));
			problems.rejectIf(command.relationship() == null, "relationship", "validation.required");
			problems.rejectIf(command.relationship() == Relationship.HEAD && hasHead(household.id()), "relationship",
					"validation.household.head-exists");
		}
		else {
			checkAddress(command.address(), user, problems);
		}
		problems.throwIfAny();

		var hash = protection.lookupHash(rrn);
		var existing = people.findByRrnHash(hash);
		if (existing.isPresent()) {
			var person = existing.get();
			if (!user.scope().coversOffice(person.officeCode())) {
				// registered at an address outside the caller's scope: say so, show nothing
				throw new DomainRuleViolation("person-registered-elsewhere");
			}
			accessLog.record(subject(person), AccessAction.VIEW, "대상자 등록 시 기존 등록 확인");
			return new Registration(person, true, List.of());
		}
		var office = household != null ? household.officeCode() : command.address().officeCode();
		if (!command.confirmNotDuplicate()) {
			var candidates = people.sameBirthDateInOffice(rrn.birthDate(), office).stream()
					.filter(p -> SimilarNames.similar(p.name(), name)).toList();
			if (!candidates.isEmpty()) {
				throw new DomainRuleViolation("possible-duplicate").with("candidates", candidates.stream()
						.map(p -> Map.of("id", p.id().toString(), "name", p.name(), "rrnMasked", p.rrnMasked(),
								"householdId", p.householdId().toString()))
						.toList());
			}
		}

		var now = OffsetDateTime.now(clock);
		if (household == null) {
			household = new HouseholdRecord(new HouseholdId(Ids.newId()), office, command.address().line().strip(),
					command.incomeClass() == null ? IncomeClass.UNKNOWN : command.incomeClass(), 0);
			people.insertHousehold(household, now);
		}
		var id = new PersonId(Ids.newId());
		var relationship = command.relationship() == null ? Relationship.HEAD : command.relationship();
		people.insertPerson(new JdbcPeople.NewPersonRow(id, name, protection.encrypt(rrn), hash, rrn.masked(),
				rrn.birthDate(), rrn.sex(), rrn.foreignResident(), phone, household.id(), relationship, office, details,
				now));
		people.recordMove(id, null, household, LocalDate.now(clock), "등록", user.id().value(), now);
		var person = people.find(id).orElseThrow();
		accessLog.record(subject(person), AccessAction.CREATE, "대상자 등록");
		return new Registration(person, false, rrn.checkDigitMatches() ? List.of() : List.of("rrn-check-digit"));
	}

	public PersonRecord get(PersonId id, String purpose) {
		var person = inScope(id, PeopleAccess.VIEW);
		accessLog.record(subject(person), AccessAction.VIEW, purposeOr(purpose, "대상자 조회"));
		return person;
	}

	public HouseholdView household(HouseholdId id, String purpose) {
		var user = access.requireAnyRole(PeopleAccess.VIEW);
		var household = people.household(id).filter(h -> user.scope().coversOffice(h.officeCode()))
				.orElseThrow(() -> new NotFoundException("household", id));
		accessLog.record(AccessSubject.of(HOUSEHOLD, id, household.officeCode()), AccessAction.VIEW,
				purposeOr(purpose, "가구 조회"));
		return new HouseholdView(household, people.members(id));
	}

	public List<JdbcPeople.Move> moves(PersonId id) {
		inScope(id, PeopleAccess.VIEW);
		return people.moves(id);
	}

	/** Exact lookup by number through the keyed hash; nothing outside the caller's scope is found. */
	public Optional<PersonRecord> findByRrn(String rrnInput) {
		var user = access.requireAnyRole(PeopleAccess.VIEW);
		var problems = new ValidationFailed.Collector();
		var rrn = parseRrn(rrnInput, problems);
		problems.throwIfAny();
		var found = people.findByRrnHash(protection.lookupHash(rrn)).filter(p -> user.scope().coversOffice(p.officeCode()));
		accessLog.record(AccessSubject.of("PERSON_SEARCH", "rrn:" + (found.isPresent() ? 1 : 0),
				user.homeUnitCode().orElse(null)), AccessAction.SEARCH, "주민등록번호로 대상자 검색");
		return found;
	}

	public PageResult<PersonRecord> searchByName(String namePrefix, LocalDate birthDate, Paging paging) {
		var user = access.requireAnyRole(PeopleAccess.VIEW);
		var prefix = strip(namePrefix);
		if (prefix == null && birthDate == null) {
			throw ValidationFailed.of("name", "validation.person.search-criteria");
		}
		var offices = user.scope().offices();
		List<PersonRecord> items;
		long total;
		if (prefix == null) {
			items = people.searchByBirthDate(birthDate, offices, paging.size());
			total = items.size();
		}
		else {
			items = people.searchByName(prefix, birthDate, offices, paging.size(), paging.offset());
			total = items.size() < paging.size() && paging.page() == 0 ? items.size()
					: people.countByName(prefix, birthDate, offices);
		}
		accessLog.record(AccessSubject.of("PERSON_SEARCH", "name:" + total, user.homeUnitCode().orElse(null)),
				AccessAction.SEARCH, "이름·생년월일로 대상자 검색");
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	@Transactional
	public PersonRecord update(PersonId id, PersonChange change) {
		var person = inScope(id, PeopleAccess.EDIT);
		var problems = new ValidationFailed.Collector();
		var name = strip(change.name());
		problems.rejectIf(name == null, "name", "validation.required")
				.rejectIf(name != null && name.length() > 60, "name", "validation.too-long", 60);
		var phone = phone(change.phone(), problems);
		var details = details(change.details(), problems);
		var relationship = change.relationship() == null ? person.relationship() : change.relationship();
		problems.rejectIf(relationship == Relationship.HEAD && person.relationship() != Relationship.HEAD
				&& hasHead(person.householdId()), "relationship", "validation.household.head-exists");
		problems.throwIfAny();
		people.updateDetails(id, change.version(), name, phone, relationship, details, OffsetDateTime.now(clock));
		var updated = people.find(id).orElseThrow();
		accessLog.record(subject(updated), AccessAction.UPDATE, "대상자 정보 변경");
		return updated;
	}

	/**
	 * Moves a person into another household (existing, or a new one at a new address). The history
	 * keeps where they came from; the office of the new address takes over (PersonMoved).
	 */
	@Transactional
	public PersonRecord move(PersonId id, Move move) {
		var user = access.requireAnyRole(PeopleAccess.EDIT);
		var person = inScope(id, PeopleAccess.EDIT);
		var problems = new ValidationFailed.Collector();
		var movedOn = move.movedOn() == null ? LocalDate.now(clock) : move.movedOn();
		problems.rejectIf(movedOn.isAfter(LocalDate.now(clock)), "movedOn", "validation.date.future");
		HouseholdRecord target = null;
		if (move.toHousehold() != null) {
			target = people.household(move.toHousehold()).filter(h -> user.scope().coversOffice(h.officeCode()))
					.orElseThrow(() -> new NotFoundException("household", move.toHousehold()));
			problems.rejectIf(target.id().equals(person.householdId()), "toHousehold", "validation.person.same-household");
			problems.rejectIf(move.relationship() == null, "relationship", "validation.required");
			problems.rejectIf(move.relationship() == Relationship.HEAD && hasHead(target.id()), "relationship",
					"validation.household.head-exists");
		}
		else {
			// moving out to any address in force, also outside one's own scope (the new office takes over)
			var address = move.newAddress();
			var office = address == null ? null : units.find(address.officeCode()).filter(OrgUnit::isOffice).orElse(null);
			problems.rejectIf(office == null, "address.officeCode", "validation.person.office");
			problems.rejectIf(address == null || strip(address.line()) == null, "address.line", "validation.required");
		}
		problems.throwIfAny();

		var from = people.household(person.householdId()).orElseThrow();
		var now = OffsetDateTime.now(clock);
		if (target == null) {
			target = new HouseholdRecord(new HouseholdId(Ids.newId()), move.newAddress().officeCode(),
					move.newAddress().line().strip(), from.incomeClass(), 0);
			people.insertHousehold(target, now);
		}
		var relationship = move.toHousehold() == null ? Relationship.HEAD : move.relationship();
		people.movePerson(id, move.version(), target.id(), target.officeCode(), relationship, now);
		people.recordMove(id, from, target, movedOn, strip(move.reason()), user.id().value(), now);
		accessLog.record(subject(person), AccessAction.UPDATE, "전입·전출(가구 이동) 기록");
		events.publishEvent(new PersonMoved(id, from.id(), target.id(), from.officeCode(), target.officeCode(), movedOn));
		return people.find(id).orElseThrow();
	}

	/** The whole household moves to a new address; every member moves with it. */
	@Transactional
	public HouseholdRecord changeHousehold(HouseholdId id, int version, Address address, IncomeClass incomeClass) {
		var user = access.requireAnyRole(PeopleAccess.EDIT);
		var household = people.household(id).filter(h -> user.scope().coversOffice(h.officeCode()))
				.orElseThrow(() -> new NotFoundException("household", id));
		var problems = new ValidationFailed.Collector();
		var office = address == null ? null : units.find(address.officeCode()).filter(OrgUnit::isOffice).orElse(null);
		problems.rejectIf(office == null, "address.officeCode", "validation.person.office");
		problems.rejectIf(address == null || strip(address.line()) == null, "address.line", "validation.required");
		problems.throwIfAny();
		var newIncome = incomeClass == null ? household.incomeClass() : incomeClass;
		people.updateHousehold(id, version, office.code(), address.line().strip(), newIncome);
		var updated = people.household(id).orElseThrow();
		var now = OffsetDateTime.now(clock);
		boolean moved = !household.officeCode().equals(updated.officeCode())
				|| !household.addressLine().equals(updated.addressLine());
		for (var member : people.members(id)) {
			if (moved) {
				people.recordMove(member.id(), household, updated, LocalDate.now(clock), "가구 주소 변경", user.id().value(),
						now);
				events.publishEvent(new PersonMoved(member.id(), id, id, household.officeCode(), updated.officeCode(),
						LocalDate.now(clock)));
			}
		}
		accessLog.record(AccessSubject.of(HOUSEHOLD, id, household.officeCode()), AccessAction.UPDATE, "가구 정보 변경");
		return updated;
	}

	/** The full number, for a user holding the dedicated permission; always audited with its purpose. */
	public Rrn revealRrn(PersonId id, String purpose) {
		var person = inScope(id, PeopleAccess.VIEW);
		var user = access.requireAnyRole(PeopleAccess.VIEW);
		if (!user.has(Permission.RRN_REVEAL)) {
			throw new AccessDeniedException("RRN_REVEAL required");
		}
		if (strip(purpose) == null) {
			throw ValidationFailed.of("purpose", "validation.person.reveal-purpose");
		}
		accessLog.record(subject(person), AccessAction.REVEAL, purpose.strip());
		return protection.decrypt(people.rrnCipher(id));
	}

	private PersonRecord inScope(PersonId id, Role... roles) {
		var person = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
		access.requireOfficeAndRole(person.officeCode(), "person", id, roles);
		return person;
	}

	private boolean hasHead(HouseholdId household) {
		return people.members(household).stream().anyMatch(m -> m.relationship() == Relationship.HEAD);
	}

	private void checkAddress(Address address, DolbomUser user, ValidationFailed.Collector problems) {
		if (address == null || address.officeCode() == null || address.officeCode().isBlank()) {
			problems.reject("address.officeCode", "validation.required");
		}
		else if (units.find(address.officeCode()).filter(OrgUnit::isOffice).isEmpty()) {
			problems.reject("address.officeCode", "validation.person.office");
		}
		else if (!user.scope().coversOffice(address.officeCode())) {
			problems.reject("address.officeCode", "validation.person.office-out-of-scope");
		}
		problems.rejectIf(address == null || strip(address.line()) == null, "address.line", "validation.required");
		problems.rejectIf(address != null && address.line() != null && address.line().length() > 300, "address.line",
				"validation.too-long", 300);
	}

	private Rrn parseRrn(String input, ValidationFailed.Collector problems) {
		var problem = Rrn.problemOf(input);
		if (problem.isPresent()) {
			problems.reject("rrn", "validation.rrn." + problem.get().name().toLowerCase().replace('_', '-'));
			return null;
		}
		var rrn = Rrn.parse(input);
		if (rrn.birthDate().isAfter(LocalDate.now(clock))) {
			problems.reject("rrn", "validation.rrn.birth-date");
			return null;
		}
		return rrn;
	}

	private static String phone(String input, ValidationFailed.Collector problems) {
		if (input == null || input.isBlank()) {
			return null;
		}
		var phone = PhoneNumbers.normalise(input);
		problems.rejectIf(phone.isEmpty(), "phone", "validation.phone");
		return phone.orElse(null);
	}

	private static PersonRecord.PersonDetails details(PersonRecord.PersonDetails details,
			ValidationFailed.Collector problems) {
		if (details == null) {
			return PersonRecord.PersonDetails.none();
		}
		problems.rejectIf(details.disabilityGrade() != null && details.disabilityType() == null, "disabilityType",
				"validation.person.disability-type");
		problems.rejectIf(details.disabilityType() != null && details.disabilityGrade() == null, "disabilityGrade",
				"validation.person.disability-grade");
		problems.rejectIf(tooLong(details.occupation(), 100), "occupation", "validation.too-long", 100);
		problems.rejectIf(tooLong(details.healthNote(), 300), "healthNote", "validation.too-long", 300);
		problems.rejectIf(tooLong(details.contactNote(), 200), "contactNote", "validation.too-long", 200);
		return new PersonRecord.PersonDetails(details.education(), strip(details.occupation()), details.healthStatus(),
				strip(details.healthNote()), details.disabilityType(), details.disabilityGrade(),
				strip(details.contactNote()));
	}

	private static boolean tooLong(String value, int max) {
		return value != null && value.strip().length() > max;
	}

	static AccessSubject subject(PersonRecord person) {
		return AccessSubject.of(PERSON, person.id(), person.officeCode());
	}

	private static String purposeOr(String purpose, String fallback) {
		return purpose == null || purpose.isBlank() ? fallback : purpose.strip();
	}

	static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
