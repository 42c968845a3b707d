package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.consultation.MonitorDue;
import kr.dolbom.consultation.internal.MonitorMethod;
import kr.dolbom.consultation.internal.MonitorService;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.PersonId;
import kr.dolbom.shared.ValidationFailed;

/** Monitor consultations of existing recipients with a cycle per household (domain.md §3.2). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Monitor consultations", description = "모니터 상담: per-household cycle, households due, the consultation")
class MonitorApiController {

	private final MonitorService monitors;
	private final Clock clock;

	MonitorApiController(MonitorService monitors, Clock clock) {
		this.monitors = monitors;
		this.clock = clock;
	}

	record CycleBody(UUID personId, Integer cycleMonths, LocalDate nextDueOn, String reason, Integer version) {
	}

	record CycleView(String householdId, String personId, String officeCode, int cycleMonths, LocalDate lastConsultedOn,
			LocalDate nextDueOn, boolean overdue) {

		static CycleView of(MonitorDue d, LocalDate today) {
			return new CycleView(d.householdId().toString(), d.personId().toString(), d.officeCode(), d.cycleMonths(),
					d.lastConsultedOn(), d.nextDueOn(), d.overdueOn(today));
		}
	}

	record FindingsView(String consultationId, MonitorMethod method, boolean livingSafe, Boolean indoorMembersOk,
			boolean servicesDelivered, Integer satisfaction, String changes, boolean reentryNeeded) {
	}

	record HouseholdMonitorView(String householdId, CycleView cycle, String reason, Integer version,
			List<FindingsView> consultations) {
	}

	record MonitorBody(UUID personId, LocalDate date, MonitorMethod method, Boolean livingSafe, Boolean indoorMembersOk,
			Boolean servicesDelivered, Integer satisfaction, String changes, Boolean reentryNeeded, String summary) {
	}

	record RecordedView(String consultationId, String personId, LocalDate date, CycleView cycle) {
	}

	@GetMapping("/monitor-cycles/due")
	@Operation(summary = "Households of an office due a monitor consultation in the month (overdue ones included)")
	List<CycleView> due(@RequestParam(required = false) String office, @RequestParam(required = false) String month) {
		var today = LocalDate.now(clock);
		return monitors.due(office, month(month)).stream().map(d -> CycleView.of(d, today)).toList();
	}

	@GetMapping("/households/{id}/monitor-cycle")
	@Operation(summary = "A household's monitor cycle and its monitor consultations")
	HouseholdMonitorView ofHousehold(@PathVariable UUID id) {
		var m = monitors.ofHousehold(new HouseholdId(id));
		return new HouseholdMonitorView(m.householdId().toString(), m.cycle() == null ? null : CycleView.of(m.cycle(), LocalDate.now(clock)),
				m.reason(), m.cycle() == null ? null : m.version(),
				m.findings().stream().map(f -> new FindingsView(f.consultationId().toString(), f.method(), f.livingSafe(),
						f.indoorMembersOk(), f.servicesDelivered(), f.satisfaction(), f.changes(), f.reentryNeeded())).toList());
	}

	@PutMapping("/households/{id}/monitor-cycle")
	@Operation(summary = "Set a household's monitor cycle (months) and optionally its next due date")
	CycleView setCycle(@PathVariable UUID id, @RequestBody CycleBody body) {
		var due = monitors.setCycle(new HouseholdId(id), new MonitorService.CycleRequest(
				body.personId() == null ? null : new PersonId(body.personId()), body.cycleMonths(), body.nextDueOn(),
				body.reason()), body.version());
		return CycleView.of(due, LocalDate.now(clock));
	}

	@PostMapping("/monitor-consultations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a monitor consultation; the household's next due date moves one cycle on")
	RecordedView record(@RequestBody MonitorBody body) {
		var recorded = monitors.record(new MonitorService.NewMonitorConsultation(
				body.personId() == null ? null : new PersonId(body.personId()), body.date(), body.method(), body.livingSafe(),
				body.indoorMembersOk(), body.servicesDelivered(), body.satisfaction(), body.changes(), body.reentryNeeded(),
				body.summary()));
		return new RecordedView(recorded.consultation().id().toString(), recorded.consultation().personId().toString(),
				recorded.consultation().consultedOn(), CycleView.of(recorded.cycle(), LocalDate.now(clock)));
	}

	static YearMonth month(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw ValidationFailed.of("month", "validation.invalid");
		}
	}
}
