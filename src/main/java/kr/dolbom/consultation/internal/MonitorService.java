package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.consultation.ConsultationSummary;
import kr.dolbom.consultation.MonitorConsultations;
import kr.dolbom.consultation.MonitorDue;
import kr.dolbom.org.Access;
import kr.dolbom.org.Role;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Monitor consultations of existing recipients (모니터 상담, manual 1-2 ③): a cycle per household
 * ("대상가구 특성에 따라 모니터 상담 주기수립 후 실시"), the households due in an office and month, and
 * the consultation itself with the manual's check points (safe home and neighbourhood, members cared
 * for indoors, services delivered and satisfaction, changes; re-entry when needed).
 */
@Service
public class MonitorService implements MonitorConsultations {

	/** Without a cycle of its own a household is checked every six months ("종결 후 6개월 단위"). */
	public static final int DEFAULT_CYCLE_MONTHS = 6;

	public static final int MAX_CYCLE_MONTHS = 24;

	private final JdbcMonitors monitors;
	private final ConsultationService consultations;
	private final Persons persons;
	private final Access access;
	private final AccessLog accessLog;
	private final Clock clock;

	MonitorService(JdbcMonitors monitors, ConsultationService consultations, Persons persons, Access access,
			AccessLog accessLog, Clock clock) {
		this.monitors = monitors;
		this.consultations = consultations;
		this.persons = persons;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public record CycleRequest(PersonId personId, Integer cycleMonths, LocalDate nextDueOn, String reason) {
	}

	public record NewMonitorConsultation(PersonId personId, LocalDate date, MonitorMethod method, Boolean livingSafe,
			Boolean indoorMembersOk, Boolean servicesDelivered, Integer satisfaction, String changes,
			Boolean reentryNeeded, String summary) {
	}

	public record Recorded(ConsultationSummary consultation, MonitorDue cycle) {
	}

	public record HouseholdMonitor(HouseholdId householdId, MonitorDue cycle, String reason, int version,
			List<JdbcMonitors.Findings> findings) {
	}

	@Override
	public List<MonitorDue> householdsDue(String officeCode, YearMonth month) {
		return monitors.dueBy(officeCode, month.atEndOfMonth());
	}

	/** The due list of an office for the signed-in user (404 outside scope). */
	public List<MonitorDue> due(String officeCode, YearMonth month) {
		if (officeCode == null || officeCode.isBlank()) {
			throw ValidationFailed.of("office", "validation.required");
		}
		if (month == null) {
			throw ValidationFailed.of("month", "validation.required");
		}
		access.requireOfficeAndRole(officeCode, "office", officeCode, ConsultationService.VIEW);
		var due = householdsDue(officeCode, month);
		if (!due.isEmpty()) {
			accessLog.recordAll(due.stream().map(d -> AccessSubject.of("HOUSEHOLD", d.householdId(), d.officeCode())).toList(),
					AccessAction.VIEW, "모니터 상담 대상 목록");
		}
		return due;
	}

	public HouseholdMonitor ofHousehold(HouseholdId householdId) {
		var household = persons.household(householdId).orElseThrow(() -> new NotFoundException("household", householdId));
		access.requireOfficeAndRole(household.officeCode(), "household", householdId, ConsultationService.VIEW);
		accessLog.record(AccessSubject.of("HOUSEHOLD", householdId, household.officeCode()), AccessAction.VIEW,
				"모니터 상담 주기 조회");
		var cycle = monitors.cycle(householdId);
		return new HouseholdMonitor(householdId, cycle.map(JdbcMonitors.Cycle::due).orElse(null),
				cycle.map(JdbcMonitors.Cycle::reason).orElse(null), cycle.map(JdbcMonitors.Cycle::version).orElse(-1),
				monitors.findingsOf(householdId));
	}

	/** Sets (or changes) the household's cycle; {@code version} is the stored one when changing. */
	@Transactional
	public MonitorDue setCycle(HouseholdId householdId, CycleRequest request, Integer version) {
		var household = persons.household(householdId).orElseThrow(() -> new NotFoundException("household", householdId));
		var user = access.requireOfficeAndRole(household.officeCode(), "household", householdId, ConsultationService.RECORD);
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(request.cycleMonths() == null, "cycleMonths", "validation.required")
				.rejectIf(request.cycleMonths() != null && (request.cycleMonths() < 1 || request.cycleMonths() > MAX_CYCLE_MONTHS),
						"cycleMonths", "validation.monitor.cycle-range", MAX_CYCLE_MONTHS)
				.rejectIf(request.personId() == null, "personId", "validation.required")
				.rejectIf(request.personId() != null && household.members().stream().noneMatch(m -> m.id().equals(request.personId())),
						"personId", "validation.monitor.member")
				.rejectIf(request.reason() != null && request.reason().length() > 500, "reason", "validation.too-long", 500);
		problems.throwIfAny();
		var existing = monitors.cycle(householdId);
		var last = existing.map(c -> c.due().lastConsultedOn()).orElse(null);
		var today = LocalDate.now(clock);
		var next = request.nextDueOn() != null ? request.nextDueOn()
				: (last != null ? last : today).plusMonths(request.cycleMonths());
		var due = new MonitorDue(householdId, request.personId(), household.officeCode(), request.cycleMonths(), last, next);
		var reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
		var now = OffsetDateTime.now(clock);
		if (existing.isPresent()) {
			monitors.updateCycle(due, reason, version == null ? existing.get().version() : version, user.id().value(), now);
		}
		else {
			monitors.insertCycle(due, reason, user.id().value(), now);
		}
		accessLog.record(AccessSubject.of("HOUSEHOLD", householdId, household.officeCode()), AccessAction.UPDATE,
				"모니터 상담 주기 설정");
		return due;
	}

	/**
	 * Records a monitor consultation and moves the household's next due date one cycle on from its
	 * date (a household without a cycle gets the default six-month cycle).
	 */
	@Transactional
	public Recorded record(NewMonitorConsultation command) {
		PersonSummary person = command.personId() == null ? null
				: persons.find(command.personId()).orElseThrow(() -> new NotFoundException("person", command.personId()));
		if (person != null) {
			access.requireOfficeAndRole(person.officeCode(), "person", person.id(), ConsultationService.RECORD);
		}
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(command.method() == null, "method", "validation.required")
				.rejectIf(command.livingSafe() == null, "livingSafe", "validation.required")
				.rejectIf(command.servicesDelivered() == null, "servicesDelivered", "validation.required")
				.rejectIf(command.reentryNeeded() == null, "reentryNeeded", "validation.required")
				.rejectIf(command.satisfaction() != null && (command.satisfaction() < 1 || command.satisfaction() > 5),
						"satisfaction", "validation.monitor.satisfaction")
				.rejectIf(command.changes() != null && command.changes().length() > 2000, "changes", "validation.too-long", 2000);
		if (problems.hasProblems()) {
			// report these together with the consultation's own fields
			try {
				validateConsultation(command);
			}
			catch (ValidationFailed more) {
				more.problems().forEach(p -> problems.reject(p.field(), p.messageKey(), p.arguments()));
			}
			problems.throwIfAny();
		}
		var consultation = consultations.record(new ConsultationService.NewConsultation(command.personId(),
				ConsultationKind.MONITOR, ConsultationRoute.OUTREACH, null, command.date(), List.of(), command.summary(), null));
		var householdId = person.householdId();
		var cycle = monitors.cycle(householdId);
		var months = cycle.map(c -> c.due().cycleMonths()).orElse(DEFAULT_CYCLE_MONTHS);
		var previousLast = cycle.map(c -> c.due().lastConsultedOn()).orElse(null);
		// a consultation recorded late (dated before the last one) does not move the cycle back
		var last = previousLast != null && previousLast.isAfter(command.date()) ? previousLast : command.date();
		var due = new MonitorDue(householdId, cycle.map(c -> c.due().personId()).orElse(person.id()), person.officeCode(),
				months, last, last.plusMonths(months));
		var user = access.requireAnyRole(ConsultationService.RECORD);
		var now = OffsetDateTime.now(clock);
		if (cycle.isPresent()) {
			monitors.updateCycle(due, cycle.get().reason(), cycle.get().version(), user.id().value(), now);
		}
		else {
			monitors.insertCycle(due, null, user.id().value(), now);
		}
		monitors.insertFindings(new JdbcMonitors.Findings(consultation.id().value(), householdId.value(), command.method(),
				command.livingSafe(), command.indoorMembersOk(), command.servicesDelivered(), command.satisfaction(),
				blankToNull(command.changes()), command.reentryNeeded()));
		return new Recorded(consultation, due);
	}

	private void validateConsultation(NewMonitorConsultation command) {
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(command.personId() == null, "personId", "validation.required")
				.rejectIf(command.date() == null, "date", "validation.required")
				.rejectIf(command.date() != null && command.date().isAfter(LocalDate.now(clock)), "date", "validation.date.future")
				.rejectIf(command.summary() == null || command.summary().isBlank(), "summary", "validation.required");
		problems.throwIfAny();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
