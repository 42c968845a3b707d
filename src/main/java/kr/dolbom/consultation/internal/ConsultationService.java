package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.consultation.ConsultationId;
import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.ConsultationRecorded;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.consultation.ConsultationSummary;
import kr.dolbom.consultation.Consultations;
import kr.dolbom.consultation.NeedDomains;
import kr.dolbom.org.Access;
import kr.dolbom.org.Role;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Recording consultations (domain.md §3, §4.2). An initial consultation records the reason for
 * referral, the main problems per household member using the assessment's domains, the client's
 * own priorities and what help they want.
 */
@Service
public class ConsultationService implements Consultations {

	static final Role[] RECORD = { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD, Role.WELFARE_ADMIN,
			Role.DISTRICT_SUPPORT, Role.OFFICE_HEAD };
	static final Role[] VIEW = RECORD;

	private final JdbcConsultations consultations;
	private final Persons persons;
	private final NeedDomains domains;
	private final Access access;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ConsultationService(JdbcConsultations consultations, Persons persons, NeedDomains domains, Access access,
			AccessLog accessLog, ApplicationEventPublisher events, Clock clock) {
		this.consultations = consultations;
		this.persons = persons;
		this.domains = domains;
		this.access = access;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	public record NewConsultation(PersonId personId, ConsultationKind kind, ConsultationRoute route,
			LocalDate referredOn, LocalDate date, List<ConsultationSummary.Problem> problems, String summary,
			String wantedHelp) {
	}

	@Transactional
	public ConsultationSummary record(NewConsultation command) {
		var person = command.personId() == null ? null : persons.find(command.personId()).orElse(null);
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(command.personId() == null, "personId", "validation.required");
		if (command.personId() != null && person == null) {
			throw new NotFoundException("person", command.personId());
		}
		var user = person == null ? access.requireAnyRole(RECORD)
				: access.requireOfficeAndRole(person.officeCode(), "person", person.id(), RECORD);
		var today = LocalDate.now(clock);
		problems.rejectIf(command.kind() == null, "kind", "validation.required")
				.rejectIf(command.route() == null, "route", "validation.required")
				.rejectIf(command.date() == null, "date", "validation.required")
				.rejectIf(command.date() != null && command.date().isAfter(today), "date", "validation.date.future")
				.rejectIf(command.referredOn() != null && command.date() != null
						&& command.referredOn().isAfter(command.date()), "referredOn", "validation.consultation.referred-after")
				.rejectIf(command.summary() == null || command.summary().isBlank(), "summary", "validation.required")
				.rejectIf(command.summary() != null && command.summary().length() > 4000, "summary", "validation.too-long", 4000)
				.rejectIf(command.wantedHelp() != null && command.wantedHelp().length() > 2000, "wantedHelp",
						"validation.too-long", 2000);
		var lines = command.problems() == null ? List.<ConsultationSummary.Problem>of() : command.problems();
		problems.rejectIf(command.kind() == ConsultationKind.INITIAL && lines.isEmpty(), "domains",
				"validation.consultation.problem-required");
		Set<String> memberIds = new HashSet<>();
		if (person != null) {
			persons.household(person.householdId()).ifPresent(h -> h.members().forEach(m -> memberIds.add(m.id().toString())));
		}
		Set<Integer> priorities = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			var field = "domains[" + i + "]";
			problems.rejectIf(line.domainCode() == null || domains.find(line.domainCode()).isEmpty(), field + ".code",
					"validation.domain.unknown");
			problems.rejectIf(line.problem() == null || line.problem().isBlank(), field + ".problem", "validation.required");
			problems.rejectIf(line.problem() != null && line.problem().length() > 2000, field + ".problem",
					"validation.too-long", 2000);
			problems.rejectIf(line.memberId() != null && !memberIds.contains(line.memberId().toString()), field + ".memberId",
					"validation.consultation.member");
			if (line.clientPriority() != null) {
				problems.rejectIf(line.clientPriority() < 1 || !priorities.add(line.clientPriority()),
						field + ".clientPriority", "validation.consultation.priority");
			}
		}
		problems.throwIfAny();

		var summary = new ConsultationSummary(new ConsultationId(Ids.newId()), person.id(), person.officeCode(),
				command.kind(), command.route(), command.referredOn(), command.date(), command.summary().strip(),
				lines.stream().map(l -> new ConsultationSummary.Problem(l.domainCode(), l.problem().strip(), l.memberId(),
						l.clientPriority())).toList());
		consultations.insert(new JdbcConsultations.Stored(summary, person.householdId().value(),
				command.wantedHelp() == null || command.wantedHelp().isBlank() ? null : command.wantedHelp().strip(),
				user.id().value(), OffsetDateTime.now(clock)));
		accessLog.record(AccessSubject.of("PERSON", person.id(), person.officeCode()), AccessAction.CREATE,
				"상담 기록 (" + command.kind().name() + ")");
		events.publishEvent(new ConsultationRecorded(summary.id(), person.id(), person.officeCode(), summary.kind(),
				summary.referredOn(), summary.consultedOn()));
		return summary;
	}

	public JdbcConsultations.Stored get(ConsultationId id) {
		var stored = consultations.find(id).orElseThrow(() -> new NotFoundException("consultation", id));
		access.requireOfficeAndRole(stored.summary().officeCode(), "consultation", id, VIEW);
		accessLog.record(AccessSubject.of("CONSULTATION", id, stored.summary().officeCode()), AccessAction.VIEW,
				"상담 기록 조회");
		return stored;
	}

	public List<JdbcConsultations.Stored> ofPerson(PersonId personId) {
		var person = persons.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
		access.requireOfficeAndRole(person.officeCode(), "person", personId, VIEW);
		return consultations.ofPerson(personId);
	}

	public PersonSummary person(PersonId id) {
		var person = persons.find(id).orElseThrow(() -> new NotFoundException("person", id));
		access.requireOfficeAndRole(person.officeCode(), "person", id, VIEW);
		return person;
	}

	@Override
	public Optional<ConsultationSummary> find(ConsultationId id) {
		return consultations.find(id).map(JdbcConsultations.Stored::summary);
	}

	@Override
	public Optional<ConsultationSummary> latestInitial(PersonId person) {
		// newest first (JdbcConsultations orders by consultation date, then recording time)
		return consultations.ofPerson(person).stream().map(JdbcConsultations.Stored::summary)
				.filter(c -> c.kind() == ConsultationKind.INITIAL).findFirst();
	}

	@Override
	@Transactional
	public ConsultationId openReentry(PersonId person, LocalDate date, String domainCode, String problem) {
		return record(new NewConsultation(person, ConsultationKind.INITIAL, ConsultationRoute.OUTREACH, date, date,
				List.of(new ConsultationSummary.Problem(domainCode, problem, null, 1)), "사후확인 중 재진입: " + problem,
				null)).id();
	}
}
