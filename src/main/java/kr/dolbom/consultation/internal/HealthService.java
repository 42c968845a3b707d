package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.org.Access;
import kr.dolbom.org.Role;
import kr.dolbom.org.UserId;
import kr.dolbom.org.Users;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Nurse health visits (「복지+건강」, manual 1-4, domain.md §3.3): before the visit the nurse checks the
 * 보건소 visiting health programme for the same person ("보건소 방문건강관리 대상자와의 중복 확인(PHIS
 * 시스템 활용)"); the visit records the health assessment (risk factors, chronic disease, medication),
 * the education given and the links to 보건소 / 정신건강복지센터 / 치매안심센터. Health programmes for
 * small groups keep their participants.
 */
@Service
public class HealthService {

	/** A duplicate check older than this no longer covers a visit. */
	public static final int DUPLICATE_CHECK_VALID_DAYS = 90;

	/** "소집단 건강프로그램": at most this many participants. */
	public static final int MAX_GROUP = 20;

	static final Role[] VISIT = { Role.NURSE };

	static final Role[] PROGRAMME = { Role.NURSE, Role.TEAM_LEAD };

	private final JdbcHealth health;
	private final ConsultationService consultations;
	private final Persons persons;
	private final Users users;
	private final Access access;
	private final AccessLog accessLog;
	private final Clock clock;

	HealthService(JdbcHealth health, ConsultationService consultations, Persons persons, Users users, Access access,
			AccessLog accessLog, Clock clock) {
		this.health = health;
		this.consultations = consultations;
		this.persons = persons;
		this.users = users;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public record NewDuplicateCheck(PersonId personId, LocalDate checkedOn, Boolean enrolled, String note) {
	}

	public record NewVisit(PersonId personId, LocalDate date, Boolean coordinatedWithBogunso, UUID companionId,
			Set<HealthCodes.RiskFactor> riskFactors, Set<HealthCodes.ChronicDisease> chronicDiseases, String medication,
			String education, Set<HealthCodes.Link> links, String linkNote, String summary) {
	}

	public record NewProgramme(String officeCode, String title, HealthCodes.ProgrammeTopic topic, LocalDate startsOn,
			LocalDate endsOn, Integer sessions, Integer capacity) {
	}

	public record ProgrammeView(JdbcHealth.Programme programme, List<JdbcHealth.Participant> participants) {
	}

	private PersonSummary person(PersonId id, Role... roles) {
		var person = persons.find(id).orElseThrow(() -> new NotFoundException("person", id));
		access.requireOfficeAndRole(person.officeCode(), "person", id, roles);
		return person;
	}

	@Transactional
	public JdbcHealth.DuplicateCheck checkDuplicate(NewDuplicateCheck command) {
		var person = command.personId() == null ? null : person(command.personId(), ConsultationService.RECORD);
		var user = access.requireAnyRole(ConsultationService.RECORD);
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(command.personId() == null, "personId", "validation.required")
				.rejectIf(command.checkedOn() == null, "checkedOn", "validation.required")
				.rejectIf(command.checkedOn() != null && command.checkedOn().isAfter(LocalDate.now(clock)), "checkedOn",
						"validation.date.future")
				.rejectIf(command.enrolled() == null, "enrolled", "validation.required")
				.rejectIf(command.note() != null && command.note().length() > 1000, "note", "validation.too-long", 1000);
		problems.throwIfAny();
		var check = new JdbcHealth.DuplicateCheck(Ids.newId(), person.id().value(), person.officeCode(), command.checkedOn(),
				command.enrolled(), MonitorService.blankToNull(command.note()), user.id().value());
		health.insert(check, OffsetDateTime.now(clock));
		accessLog.record(AccessSubject.of("PERSON", person.id(), person.officeCode()), AccessAction.CREATE,
				"보건소 방문건강관리 중복 확인");
		return check;
	}

	/**
	 * Records a health visit. Refused with 409 {@code health-duplicate-check-required} when no duplicate
	 * check of the person lies within {@value #DUPLICATE_CHECK_VALID_DAYS} days before the visit, and
	 * with {@code health-bogunso-enrolled} when the person is in the 보건소 programme and the visit was
	 * not coordinated with it.
	 */
	@Transactional
	public JdbcHealth.Visit recordVisit(NewVisit command) {
		var person = command.personId() == null ? null : person(command.personId(), VISIT);
		var nurse = access.requireAnyRole(VISIT);
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(command.personId() == null, "personId", "validation.required")
				.rejectIf(command.date() == null, "date", "validation.required")
				.rejectIf(command.date() != null && command.date().isAfter(LocalDate.now(clock)), "date", "validation.date.future")
				.rejectIf(command.summary() == null || command.summary().isBlank(), "summary", "validation.required")
				.rejectIf(command.summary() != null && command.summary().length() > 4000, "summary", "validation.too-long", 4000)
				.rejectIf(command.education() == null || command.education().isBlank(), "education", "validation.required")
				.rejectIf(command.education() != null && command.education().length() > 2000, "education", "validation.too-long", 2000)
				.rejectIf(command.medication() != null && command.medication().length() > 1000, "medication", "validation.too-long", 1000)
				.rejectIf(command.linkNote() != null && command.linkNote().length() > 1000, "linkNote", "validation.too-long", 1000)
				.rejectIf(command.companionId() != null && nurse.id().value().equals(command.companionId()), "companionId",
						"validation.health.companion-self")
				.rejectIf(command.companionId() != null && users.find(new UserId(command.companionId()))
						.filter(u -> u.active()).isEmpty(), "companionId", "validation.health.companion-unknown");
		problems.throwIfAny();
		var check = health.latestCheck(person.id().value(), command.date())
				.filter(c -> ChronoUnit.DAYS.between(c.checkedOn(), command.date()) <= DUPLICATE_CHECK_VALID_DAYS)
				.orElseThrow(() -> new DomainRuleViolation("health-duplicate-check-required", DUPLICATE_CHECK_VALID_DAYS));
		if (check.enrolled() && !Boolean.TRUE.equals(command.coordinatedWithBogunso())) {
			throw new DomainRuleViolation("health-bogunso-enrolled");
		}
		var consultation = consultations.record(new ConsultationService.NewConsultation(command.personId(),
				ConsultationKind.HEALTH, ConsultationRoute.OUTREACH, null, command.date(), List.of(), command.summary(), null));
		var visit = new JdbcHealth.Visit(consultation.id().value(), person.id().value(), person.officeCode(), check.id(),
				Boolean.TRUE.equals(command.coordinatedWithBogunso()), command.companionId(),
				copy(command.riskFactors(), HealthCodes.RiskFactor.class),
				copy(command.chronicDiseases(), HealthCodes.ChronicDisease.class), MonitorService.blankToNull(command.medication()),
				command.education().strip(), copy(command.links(), HealthCodes.Link.class),
				MonitorService.blankToNull(command.linkNote()), nurse.id().value(), command.date(), command.summary().strip());
		health.insert(visit);
		return visit;
	}

	public JdbcHealth.Visit visit(UUID consultationId) {
		var visit = health.visit(consultationId).orElseThrow(() -> new NotFoundException("health-visit", consultationId));
		access.requireOfficeAndRole(visit.officeCode(), "health-visit", consultationId, ConsultationService.VIEW);
		accessLog.record(AccessSubject.of("PERSON", visit.personId(), visit.officeCode()), AccessAction.VIEW, "건강 방문 조회");
		return visit;
	}

	public record PersonHealth(PersonSummary person, List<JdbcHealth.DuplicateCheck> checks, List<JdbcHealth.Visit> visits) {
	}

	public PersonHealth ofPerson(PersonId personId) {
		var person = person(personId, ConsultationService.VIEW);
		accessLog.record(AccessSubject.of("PERSON", personId, person.officeCode()), AccessAction.VIEW, "건강 방문 조회");
		return new PersonHealth(person, health.checksOf(personId.value()), health.visitsOf(personId.value()));
	}

	public List<JdbcHealth.Visit> visits(String office, LocalDate from, LocalDate to) {
		access.requireOfficeAndRole(office, "office", office, ConsultationService.VIEW);
		var today = LocalDate.now(clock);
		var rows = health.visits(Set.of(office), from == null ? today.minusMonths(1) : from, to == null ? today : to);
		if (!rows.isEmpty()) {
			accessLog.recordAll(rows.stream().map(v -> AccessSubject.of("PERSON", v.personId(), v.officeCode())).toList(),
					AccessAction.VIEW, "건강 방문 목록");
		}
		return rows;
	}

	@Transactional
	public ProgrammeView createProgramme(NewProgramme command) {
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(command.officeCode() == null || command.officeCode().isBlank(), "officeCode", "validation.required");
		problems.throwIfAny();
		var user = access.requireOfficeAndRole(command.officeCode(), "office", command.officeCode(), PROGRAMME);
		DeskService.required(problems, "title", command.title(), 200);
		problems.rejectIf(command.topic() == null, "topic", "validation.required")
				.rejectIf(command.startsOn() == null, "startsOn", "validation.required")
				.rejectIf(command.endsOn() == null, "endsOn", "validation.required")
				.rejectIf(command.startsOn() != null && command.endsOn() != null && command.endsOn().isBefore(command.startsOn()),
						"endsOn", "validation.desk.range")
				.rejectIf(command.sessions() == null || command.sessions() < 1 || command.sessions() > 100, "sessions",
						"validation.health.sessions")
				.rejectIf(command.capacity() == null || command.capacity() < 2 || command.capacity() > MAX_GROUP, "capacity",
						"validation.health.capacity", MAX_GROUP);
		problems.throwIfAny();
		var programme = new JdbcHealth.Programme(Ids.newId(), command.officeCode(), command.title().strip(), command.topic(),
				command.startsOn(), command.endsOn(), command.sessions(), command.capacity(), user.id().value(), 0);
		health.insert(programme, OffsetDateTime.now(clock));
		return new ProgrammeView(programme, List.of());
	}

	public ProgrammeView programme(UUID id) {
		var programme = health.programme(id).orElseThrow(() -> new NotFoundException("health-programme", id));
		access.requireOfficeAndRole(programme.officeCode(), "health-programme", id, ConsultationService.VIEW);
		var participants = health.participants(id);
		if (!participants.isEmpty()) {
			accessLog.recordAll(participants.stream().map(p -> AccessSubject.of("PERSON", p.personId(), programme.officeCode()))
					.toList(), AccessAction.VIEW, "건강 프로그램 참여자");
		}
		return new ProgrammeView(programme, participants);
	}

	public List<JdbcHealth.Programme> programmes(String office) {
		access.requireOfficeAndRole(office, "office", office, ConsultationService.VIEW);
		return health.programmes(Set.of(office));
	}

	/** Adds a resident of the programme's office (409 {@code health-programme-full} when full). */
	@Transactional
	public ProgrammeView join(UUID programmeId, PersonId personId, LocalDate on) {
		var programme = health.programme(programmeId).orElseThrow(() -> new NotFoundException("health-programme", programmeId));
		access.requireOfficeAndRole(programme.officeCode(), "health-programme", programmeId, ConsultationService.RECORD);
		if (personId == null) {
			throw ValidationFailed.of("personId", "validation.required");
		}
		var person = person(personId, ConsultationService.RECORD);
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(!person.officeCode().equals(programme.officeCode()), "personId", "validation.health.other-office");
		problems.throwIfAny();
		if (health.joined(programmeId, person.id().value())) {
			throw new DomainRuleViolation("health-programme-already-joined");
		}
		if (!health.join(programmeId, person.id().value(), on == null ? LocalDate.now(clock) : on)) {
			throw new DomainRuleViolation("health-programme-full", programme.capacity());
		}
		accessLog.record(AccessSubject.of("PERSON", person.id(), person.officeCode()), AccessAction.UPDATE, "건강 프로그램 참여");
		return new ProgrammeView(programme, health.participants(programmeId));
	}

	private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
		return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
	}
}
