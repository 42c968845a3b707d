package kr.dolbom.deadline.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.WorkingDayCalendar;
import kr.dolbom.deadline.WorkingDays;
import kr.dolbom.deadline.internal.rules.HolidayCalendar;
import kr.dolbom.deadline.internal.rules.PeriodCounting;
import kr.dolbom.org.Access;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * The working-day calendar of each office (domain.md §5): weekends, the public holidays of the
 * reference data and the closures of the office, its 시군구 and 시도 and the nationwide ones; and
 * the closures people add.
 */
@Service
public class CalendarService implements WorkingDays {

	private static final Logger log = LoggerFactory.getLogger(CalendarService.class);
	static final int NAME_MAX = 100;

	private final JdbcCalendar calendar;
	private final OrgUnits units;
	private final Access access;
	private final Clock clock;

	CalendarService(JdbcCalendar calendar, OrgUnits units, Access access, Clock clock) {
		this.calendar = calendar;
		this.units = units;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public WorkingDayCalendar calendarOf(String officeCode) {
		var unitCodes = units.ancestorsOrSelf(officeCode).stream().map(OrgUnit::code).toList();
		var closed = new HashSet<>(calendar.publicHolidays());
		calendar.activeClosuresFor(unitCodes.isEmpty() ? List.of(officeCode) : unitCodes)
				.forEach(closure -> closed.add(closure.day()));
		return new HolidayCalendar(closed, calendar.knownYears());
	}

	@Override
	public LocalDate after(String officeCode, LocalDate anchor, int amount, PeriodUnit unit) {
		var officeCalendar = calendarOf(officeCode);
		var due = new PeriodCounting(officeCalendar).after(anchor, amount, unit);
		warnIfUnknown(officeCalendar, anchor, due);
		return due;
	}

	static void warnIfUnknown(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
		var first = from.isBefore(to) ? from : to;
		var last = from.isBefore(to) ? to : from;
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			if (!calendar.knowsHolidaysOf(year)) {
				log.warn("Public holidays of {} are not in the reference data: only weekends and closures were skipped", year);
			}
		}
	}

	/** What the calendar page shows for a year. */
	public record CalendarYear(int year, boolean holidaysKnown, List<Holiday> holidays, List<Closure> closures,
			boolean canManage, boolean canAddNationwide) {
	}

	/** Reference data: every signed-in user sees the holidays and the closures of the units they see. */
	public CalendarYear year(int year) {
		var user = access.requireAnyRole(Role.values());
		if (year < 2000 || year > 2100) {
			throw ValidationFailed.of("year", "deadline.calendar.year.invalid");
		}
		var closures = calendar.activeClosuresOf(year).stream().filter(c -> visible(user, c.orgUnitCode())).toList();
		return new CalendarYear(year, calendar.knownYears().contains(year), calendar.holidaysOf(year), closures,
				user.hasAnyRole(DeadlineRoles.CLOSURE_MANAGERS), user.hasRole(Role.ADMIN));
	}

	/**
	 * Adds a closure of {@code orgUnitCode} (blank: nationwide, administrator only). Role first
	 * (403), then the unit: unknown 422, outside the caller's scope 404, not theirs to manage 403;
	 * then the fields (422).
	 */
	@Transactional
	public Closure addClosure(String orgUnitCode, LocalDate day, String name) {
		var user = access.requireAnyRole(DeadlineRoles.CLOSURE_MANAGERS);
		var unitCode = orgUnitCode == null || orgUnitCode.isBlank() ? null : orgUnitCode.strip();
		if (unitCode == null) {
			access.requireAnyRole(Role.ADMIN);
		}
		else {
			if (units.find(unitCode).isEmpty()) {
				throw ValidationFailed.of("orgUnitCode", "deadline.closure.unit.unknown");
			}
			requireManages(user, unitCode);
		}
		var problems = new ValidationFailed.Collector();
		var today = LocalDate.now(clock);
		var cleanName = name == null ? "" : name.strip();
		problems.rejectIf(cleanName.isEmpty(), "name", "deadline.closure.name.required")
				.rejectIf(cleanName.length() > NAME_MAX, "name", "deadline.closure.name.length", NAME_MAX);
		if (day == null) {
			problems.reject("day", "deadline.closure.day.required");
		}
		else if (day.isBefore(today.minusYears(1)) || day.isAfter(today.plusYears(3))) {
			problems.reject("day", "deadline.closure.day.range", today.minusYears(1), today.plusYears(3));
		}
		else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			problems.reject("day", "deadline.closure.day.weekend");
		}
		else {
			calendar.holidaysOf(day.getYear()).stream().filter(h -> h.day().equals(day)).findFirst()
					.ifPresent(h -> problems.reject("day", "deadline.closure.day.holiday", h.name()));
			if (!problems.hasProblems() && calendar.activeExists(unitCode, day)) {
				problems.reject("day", "deadline.closure.day.duplicate");
			}
		}
		problems.throwIfAny();
		var closure = new Closure(Ids.newId(), unitCode, day, cleanName, OffsetDateTime.now(clock), user.username());
		calendar.insert(closure, user);
		log.info("Closure {} added for unit {} on {} by {}", closure.id(), unitCode == null ? "nationwide" : unitCode,
				day, user.username());
		return closure;
	}

	@Transactional
	public void removeClosure(UUID id) {
		var user = access.requireAnyRole(DeadlineRoles.CLOSURE_MANAGERS);
		var closure = calendar.findActive(id).orElseThrow(() -> new NotFoundException("closure", id));
		if (closure.nationwide()) {
			access.requireAnyRole(Role.ADMIN);
		}
		else {
			requireManages(user, closure.orgUnitCode());
		}
		calendar.remove(id, user, OffsetDateTime.now(clock));
		log.info("Closure {} removed by {}", id, user.username());
	}

	/** Outside the caller's scope: 404; in scope but not a unit they manage: 403. */
	private void requireManages(DolbomUser user, String unitCode) {
		if (user.hasRole(Role.ADMIN)) {
			return;
		}
		if (!visible(user, unitCode)) {
			throw new NotFoundException("org-unit", unitCode);
		}
		boolean manages = user.unitsWithRole(Role.DISTRICT_SUPPORT).stream()
				.anyMatch(district -> units.isWithin(unitCode, district));
		if (!manages) {
			throw new AccessDeniedException("closure outside the caller's 시군구");
		}
	}

	/** Org data is visible within, above and below the caller's scope roots; nationwide to all. */
	private boolean visible(DolbomUser user, String unitCode) {
		if (unitCode == null || user.scope().national()) {
			return true;
		}
		return user.scope().roots().stream()
				.anyMatch(root -> units.isWithin(unitCode, root) || units.isWithin(root, unitCode));
	}
}
