package kr.dolbom.deadline.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.internal.CalendarService;
import kr.dolbom.deadline.internal.Closure;
import kr.dolbom.deadline.internal.Holiday;
import kr.dolbom.org.Access;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.shared.ValidationFailed;

/** The working-day calendar: holidays, local closures and due-date arithmetic. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working-day calendar")
class CalendarApiController {

	private final CalendarService calendars;
	private final OrgUnits units;
	private final Access access;

	CalendarApiController(CalendarService calendars, OrgUnits units, Access access) {
		this.calendars = calendars;
		this.units = units;
		this.access = access;
	}

	record ClosureBody(String orgUnitCode, LocalDate day, String name) {
	}

	record ClosureJson(UUID id, String orgUnitCode, boolean nationwide, LocalDate day, String name,
			OffsetDateTime createdAt, String createdBy) {

		static ClosureJson of(Closure c) {
			return new ClosureJson(c.id(), c.orgUnitCode(), c.nationwide(), c.day(), c.name(), c.createdAt(), c.createdBy());
		}
	}

	record YearJson(int year, boolean holidaysKnown, List<Holiday> holidays, List<ClosureJson> closures) {
	}

	record DueJson(String officeCode, LocalDate from, int amount, PeriodUnit unit, LocalDate dueOn) {
	}

	@GetMapping("/{year}")
	@Operation(summary = "Public holidays of a year and the closures the caller can see")
	YearJson year(@PathVariable int year) {
		var view = calendars.year(year);
		return new YearJson(view.year(), view.holidaysKnown(), view.holidays(),
				view.closures().stream().map(ClosureJson::of).toList());
	}

	@PostMapping("/closures")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a closure: administrator anywhere (no org unit = nationwide), 희망복지지원단 for its 시군구")
	ClosureJson addClosure(@RequestBody ClosureBody body) {
		return ClosureJson.of(calendars.addClosure(body.orgUnitCode(), body.day(), body.name()));
	}

	@DeleteMapping("/closures/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeClosure(@PathVariable UUID id) {
		calendars.removeClosure(id);
	}

	@GetMapping("/due-date")
	@Operation(summary = "The date `amount` units after `from` in the office's calendar (민법 §157, §160, §161)")
	DueJson dueDate(@RequestParam String office, @RequestParam LocalDate from, @RequestParam int amount,
			@RequestParam PeriodUnit unit) {
		access.requireAnyRole(Role.values());
		if (units.find(office).filter(u -> u.level() == OrgUnitLevel.OFFICE).isEmpty()) {
			throw ValidationFailed.of("office", "deadline.office.invalid");
		}
		if (Math.abs(amount) > 3660) {
			throw ValidationFailed.of("amount", "deadline.rule.amount.range", -3660, 3660);
		}
		return new DueJson(office, from, amount, unit, calendars.after(office, from, amount, unit));
	}
}
