package kr.dolbom.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.deadline.DeadlineId;
import kr.dolbom.deadline.DeadlineOverdue;
import kr.dolbom.deadline.internal.rules.PeriodCounting;
import kr.dolbom.org.Access;
import kr.dolbom.org.Role;
import kr.dolbom.shared.Ids;

/**
 * The daily sweep (architecture.md "Jobs"): marks open deadlines past their due date as overdue
 * (publishing {@link DeadlineOverdue} once for each), and creates the reminders — overdue, and
 * due within {@code dolbom.deadline.due-soon-working-days} working days of the office's calendar.
 * Idempotent: every change is made once per deadline, so a second run on the same day changes
 * nothing more. Runs are serialised by a row lock and recorded in {@code deadline_sweep_run}.
 */
@Service
public class DeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

	public enum TriggerKind {
		SCHEDULED, MANUAL
	}

	public record SweepResult(UUID runId, LocalDate runDate, int markedOverdue, int overdueNotices, int dueSoonNotices) {
	}

	private final JdbcDeadlines deadlines;
	private final JdbcNotifications notifications;
	private final CalendarService calendars;
	private final DeadlineSettings settings;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Access access;
	private final Clock clock;

	DeadlineSweep(JdbcDeadlines deadlines, JdbcNotifications notifications, CalendarService calendars,
			DeadlineSettings settings, ApplicationEventPublisher events, JdbcClient jdbc, Access access, Clock clock) {
		this.deadlines = deadlines;
		this.notifications = notifications;
		this.calendars = calendars;
		this.settings = settings;
		this.events = events;
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/** Runs the sweep for today on the administrator's request (e.g. after downtime). */
	@Transactional
	public SweepResult runNow(String node) {
		access.requireAnyRole(Role.ADMIN);
		return run(LocalDate.now(clock), TriggerKind.MANUAL, node, null);
	}

	@Transactional
	public SweepResult run(LocalDate today, TriggerKind trigger, String node, OffsetDateTime scheduledFireAt) {
		// one sweep at a time across all nodes; the scheduler already fires once, this guards manual runs
		jdbc.sql("SELECT id FROM deadline_sweep_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
		var runId = Ids.newId();
		var started = OffsetDateTime.now(clock);
		jdbc.sql("""
				INSERT INTO deadline_sweep_run (id, run_date, trigger_kind, node, scheduled_fire_at, started_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
				.params(runId, today, trigger.name(), node, scheduledFireAt, started).update();

		var newlyOverdue = deadlines.markOverdue(today);
		for (var d : newlyOverdue) {
			events.publishEvent(new DeadlineOverdue(new DeadlineId(d.id()), d.subject(), d.step(), d.variant(),
					d.officeCode(), d.dueOn(), today));
		}
		int overdueNotices = 0;
		for (var d : deadlines.overdueWithoutNotice()) {
			notifications.insert(d, Notification.Kind.OVERDUE, today, started);
			overdueNotices++;
		}
		int dueSoonNotices = 0;
		int days = settings.dueSoonWorkingDays();
		// the N-th working day can lie at most N weeks plus the longest holiday run ahead
		var horizon = today.plusDays(days * 7L + 14);
		Map<String, LocalDate> thresholdByOffice = new HashMap<>();
		for (var d : deadlines.dueBetweenWithoutNotice(today, horizon)) {
			var threshold = thresholdByOffice.computeIfAbsent(d.officeCode(),
					office -> days == 0 ? today : new PeriodCounting(calendars.calendarOf(office)).workingDaysAfter(today, days));
			if (!d.dueOn().isAfter(threshold)) {
				notifications.insert(d, Notification.Kind.DUE_SOON, today, started);
				dueSoonNotices++;
			}
		}
		jdbc.sql("""
				UPDATE deadline_sweep_run SET finished_at = ?, marked_overdue = ?, overdue_notices = ?, due_soon_notices = ?
				WHERE id = ?""")
				.params(OffsetDateTime.now(clock), newlyOverdue.size(), overdueNotices, dueSoonNotices, runId).update();
		log.info("Deadline sweep {} for {} on {} ({}): {} marked overdue, {} overdue and {} due-soon reminders", runId, today,
				node, trigger, newlyOverdue.size(), overdueNotices, dueSoonNotices);
		return new SweepResult(runId, today, newlyOverdue.size(), overdueNotices, dueSoonNotices);
	}
}
