package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.Access;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

/**
 * Abuse checklists for children, older people and people with disabilities (domain.md §3.5,
 * appendix 5). Every item is answered; one "yes" flags suspected abuse, and the check can only be
 * completed with the record of the mandatory report (who — the signed-in user —, when, through which
 * channel, to whom).
 */
@Service
public class AbuseCheckService {

	/** 아동복지법 §3 1호: a child is under 18. */
	static final int CHILD_UNDER = 18;

	/** Appendix 5 / manual 1-2 ④: 노인보호전문기관 takes abused people of 60 and over. */
	static final int ELDER_FROM = 60;

	private final JdbcAbuseChecks checks;
	private final Persons persons;
	private final Access access;
	private final AccessLog accessLog;
	private final Clock clock;

	AbuseCheckService(JdbcAbuseChecks checks, Persons persons, Access access, AccessLog accessLog, Clock clock) {
		this.checks = checks;
		this.persons = persons;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public record ReportRequest(OffsetDateTime reportedAt, AbuseCheckKind.ReportChannel channel, String reportedTo,
			String reference) {

		public boolean empty() {
			return reportedAt == null && channel == null && (reportedTo == null || reportedTo.isBlank())
					&& (reference == null || reference.isBlank());
		}
	}

	public record NewAbuseCheck(PersonId personId, AbuseCheckKind kind, LocalDate checkedOn, Map<String, Boolean> answers,
			String note, ReportRequest report) {
	}

	/** Whether the answers flag suspected abuse: any "yes" (appendix 5: "1개 문항 이상 '예'"). */
	public static boolean suspected(Map<String, Boolean> answers) {
		return answers != null && answers.values().stream().anyMatch(Boolean.TRUE::equals);
	}

	@Transactional
	public JdbcAbuseChecks.AbuseCheck record(NewAbuseCheck command) {
		PersonSummary person = command.personId() == null ? null
				: persons.find(command.personId()).orElseThrow(() -> new NotFoundException("person", command.personId()));
		var user = person == null ? access.requireAnyRole(ConsultationService.RECORD)
				: access.requireOfficeAndRole(person.officeCode(), "person", person.id(), ConsultationService.RECORD);
		var today = LocalDate.now(clock);
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(command.personId() == null, "personId", "validation.required")
				.rejectIf(command.kind() == null, "kind", "validation.required")
				.rejectIf(command.checkedOn() == null, "checkedOn", "validation.required")
				.rejectIf(command.checkedOn() != null && command.checkedOn().isAfter(today), "checkedOn", "validation.date.future")
				.rejectIf(command.note() != null && command.note().length() > 2000, "note", "validation.too-long", 2000);
		var answers = command.answers() == null ? Map.<String, Boolean>of() : command.answers();
		Map<String, Boolean> ordered = new LinkedHashMap<>();
		if (command.kind() != null) {
			if (person != null && command.checkedOn() != null && person.birthDate() != null) {
				var age = person.ageOn(command.checkedOn());
				problems.rejectIf(command.kind() == AbuseCheckKind.CHILD && age >= CHILD_UNDER, "kind",
						"validation.abuse.child-age", CHILD_UNDER);
				problems.rejectIf(command.kind() == AbuseCheckKind.ELDER && age < ELDER_FROM, "kind",
						"validation.abuse.elder-age", ELDER_FROM);
			}
			for (var item : command.kind().items()) {
				var answer = answers.get(item);
				problems.rejectIf(answer == null, "answers." + item, "validation.abuse.unanswered");
				if (answer != null) {
					ordered.put(item, answer);
				}
			}
			answers.keySet().stream().filter(k -> !command.kind().items().contains(k))
					.forEach(k -> problems.reject("answers." + k, "validation.abuse.unknown-item"));
		}
		var suspected = suspected(ordered);
		var report = command.report();
		if (suspected && command.kind() != null) {
			if (report == null || report.empty()) {
				problems.reject("report", "validation.abuse.report-required");
			}
			else {
				problems.rejectIf(report.reportedAt() == null, "report.reportedAt", "validation.required")
						.rejectIf(report.reportedAt() != null && report.reportedAt().isAfter(OffsetDateTime.now(clock)),
								"report.reportedAt", "validation.date.future")
						.rejectIf(report.reportedAt() != null && command.checkedOn() != null
								&& report.reportedAt().atZoneSameInstant(clock.getZone()).toLocalDate().isBefore(command.checkedOn()),
								"report.reportedAt", "validation.abuse.report-before-check")
						.rejectIf(report.channel() == null, "report.channel", "validation.required")
						.rejectIf(report.channel() != null && !command.kind().channels().contains(report.channel()),
								"report.channel", "validation.abuse.channel")
						.rejectIf(report.reportedTo() == null || report.reportedTo().isBlank(), "report.reportedTo",
								"validation.required")
						.rejectIf(report.reportedTo() != null && report.reportedTo().length() > 200, "report.reportedTo",
								"validation.too-long", 200)
						.rejectIf(report.reference() != null && report.reference().length() > 100, "report.reference",
								"validation.too-long", 100);
			}
		}
		problems.throwIfAny();
		var stored = new JdbcAbuseChecks.AbuseCheck(Ids.newId(), person.id().value(), person.officeCode(), command.kind(),
				command.checkedOn(), MonitorService.blankToNull(command.note()), suspected,
				suspected ? new JdbcAbuseChecks.Report(report.reportedAt(), report.channel(), report.reportedTo().strip(),
						MonitorService.blankToNull(report.reference()), user.id().value()) : null,
				ordered, user.id().value(), OffsetDateTime.now(clock));
		checks.insert(stored);
		accessLog.record(AccessSubject.of("PERSON", person.id(), person.officeCode()), AccessAction.CREATE,
				"학대 점검표 기록 (" + command.kind().name() + ")");
		return stored;
	}

	public JdbcAbuseChecks.AbuseCheck get(UUID id) {
		var check = checks.find(id).orElseThrow(() -> new NotFoundException("abuse-check", id));
		access.requireOfficeAndRole(check.officeCode(), "abuse-check", id, ConsultationService.VIEW);
		accessLog.record(AccessSubject.of("PERSON", check.personId(), check.officeCode()), AccessAction.VIEW, "학대 점검표 조회");
		return check;
	}

	public List<JdbcAbuseChecks.AbuseCheck> ofPerson(PersonId personId) {
		var person = persons.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
		access.requireOfficeAndRole(person.officeCode(), "person", personId, ConsultationService.VIEW);
		accessLog.record(AccessSubject.of("PERSON", personId, person.officeCode()), AccessAction.VIEW, "학대 점검표 조회");
		return checks.ofPerson(personId.value());
	}

	public PageResult<JdbcAbuseChecks.AbuseCheck> list(String office, boolean suspectedOnly, Paging paging) {
		Set<String> offices;
		if (office != null && !office.isBlank()) {
			access.requireOfficeAndRole(office, "office", office, ConsultationService.VIEW);
			offices = Set.of(office);
		}
		else {
			offices = access.requireAnyRole(ConsultationService.VIEW).scope().offices();
			if (offices.isEmpty()) {
				throw ValidationFailed.of("office", "validation.required");
			}
		}
		var rows = checks.list(offices, suspectedOnly, paging);
		if (!rows.isEmpty()) {
			accessLog.recordAll(rows.stream().map(c -> AccessSubject.of("PERSON", c.personId(), c.officeCode())).toList(),
					AccessAction.VIEW, "학대 점검표 목록");
		}
		return new PageResult<>(rows, paging.page(), paging.size(), checks.count(offices, suspectedOnly));
	}
}
