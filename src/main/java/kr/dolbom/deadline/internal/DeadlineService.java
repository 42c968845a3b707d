package kr.dolbom.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.deadline.DeadlineId;
import kr.dolbom.deadline.DeadlineState;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.DeadlineView;
import kr.dolbom.deadline.Deadlines;
import kr.dolbom.deadline.OpenDeadline;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.org.Access;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.org.Teams;
import kr.dolbom.org.UserId;
import kr.dolbom.org.Users;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * The deadline store behind {@link Deadlines}. Due dates are computed once, when a deadline is
 * opened, with the rule version in force on the anchor date and the office's calendar, and then
 * kept: a later rule change or closure changes new deadlines only.
 */
@Service
public class DeadlineService implements Deadlines {

	private static final Logger log = LoggerFactory.getLogger(DeadlineService.class);
	static final int REASON_MAX = 200;
	private static final String SUBJECT = "deadline";

	private final JdbcDeadlines deadlines;
	private final DeadlineRuleService rules;
	private final CalendarService calendars;
	private final OrgUnits units;
	private final Users users;
	private final Teams teams;
	private final CurrentUser currentUser;
	private final Access access;
	private final Clock clock;

	DeadlineService(JdbcDeadlines deadlines, DeadlineRuleService rules, CalendarService calendars, OrgUnits units,
			Users users, Teams teams, CurrentUser currentUser, Access access, Clock clock) {
		this.deadlines = deadlines;
		this.rules = rules;
		this.calendars = calendars;
		this.units = units;
		this.users = users;
		this.teams = teams;
		this.currentUser = currentUser;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@Transactional
	public DeadlineView open(OpenDeadline request) {
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(request.subject() == null, "subject", "deadline.subject.required")
				.rejectIf(request.step() == null, "step", "deadline.step.required")
				.rejectIf(request.officeCode() == null || request.officeCode().isBlank(), "officeCode",
						"deadline.office.required");
		problems.throwIfAny();
		var user = requireOffice(request.officeCode(), request.subject().id(), DeadlineRoles.WORKERS);
		var office = units.find(request.officeCode());
		if (office.isEmpty() || office.get().level() != OrgUnitLevel.OFFICE) {
			throw ValidationFailed.of("officeCode", "deadline.office.invalid");
		}
		var versions = rules.versionsOf(request.step(), request.variant());
		if (versions.isEmpty()) {
			throw ValidationFailed.of("variant", "deadline.rule.none");
		}
		var today = LocalDate.now(clock);
		var primary = versions.get(0).term().anchor();
		// the anchor events of a rule never change between versions (DeadlineRuleService)
		for (var event : versions.get(0).requiredAnchors()) {
			var date = request.anchors().get(event);
			// the event's name in the caller's language, resolved by the message source
			var name = new DefaultMessageSourceResolvable(event.messageKey());
			if (date == null) {
				problems.reject("anchors." + event, "deadline.anchor.required", name);
			}
			else if (date.isAfter(today) && !event.mayBeInFuture()) {
				problems.reject("anchors." + event, "deadline.anchor.future", name);
			}
		}
		problems.throwIfAny();
		var anchorDate = request.anchors().get(primary);
		var rule = rules.inForce(request.step(), request.variant(), anchorDate)
				.orElseThrow(() -> ValidationFailed.of("anchors." + primary, "deadline.anchor.beforeRules", anchorDate));
		validateOwner(problems, request);
		problems.throwIfAny();

		var existing = deadlines.findOpen(request.subject(), request.step(), request.variant());
		if (existing.isPresent()) {
			if (existing.get().anchorOn().equals(anchorDate)) {
				return existing.get().view(today); // the same request again (e.g. a redelivered event)
			}
			throw new DomainRuleViolation("deadline-already-open");
		}
		var officeCalendar = calendars.calendarOf(request.officeCode());
		var due = rule.dueDate(request.anchors(), officeCalendar);
		CalendarService.warnIfUnknown(officeCalendar, anchorDate, due);
		var capAnchor = rule.cap() == null ? null : request.anchors().get(rule.cap().anchor());
		var record = new DeadlineRecord(Ids.newId(), request.subject(), request.step(),
				request.variant(), request.officeCode(), request.assignee() == null ? null : request.assignee().value(),
				request.teamId(), request.personId(), anchorDate, capAnchor, due, rule.id(), rule.version(),
				DeadlineState.OPEN, null, null, null, false, null, 0);
		try {
			deadlines.insert(record, user.map(u -> u.id().value()).orElse(null), OffsetDateTime.now(clock));
		}
		catch (DuplicateKeyException e) {
			throw new DomainRuleViolation("deadline-already-open"); // opened at the same moment by another request
		}
		log.info("Deadline {} opened: {} {} of {} {} due {} (rule v{})", record.id(), request.step(), request.variant(),
				request.subject().type(), request.subject().id(), due, rule.version());
		return load(record.id()).view(today);
	}

	private void validateOwner(ValidationFailed.Collector problems, OpenDeadline request) {
		validateOwner(problems, request.assignee(), request.teamId(), request.officeCode());
	}

	private void validateOwner(ValidationFailed.Collector problems, UserId assignee, UUID teamId, String officeCode) {
		if (assignee != null && users.find(assignee).filter(u -> u.active()).isEmpty()) {
			problems.reject("assigneeId", "deadline.assignee.invalid");
		}
		if (teamId != null) {
			var team = teams.find(teamId);
			boolean serves = team.isPresent() && (team.get().servedOffices().contains(officeCode)
					|| units.isWithin(officeCode, team.get().homeUnitCode()));
			problems.rejectIf(!serves, "teamId", "deadline.team.invalid");
		}
	}

	@Override
	@Transactional
	public DeadlineView complete(DeadlineId id, LocalDate doneOn) {
		var record = load(id.value());
		requireOffice(record.officeCode(), id, DeadlineRoles.WORKERS);
		return completeChecked(record, doneOn);
	}

	@Override
	@Transactional
	public Optional<DeadlineView> complete(DeadlineSubject subject, Step step, StepVariant variant, LocalDate doneOn) {
		var open = deadlines.findOpen(subject, step, variant == null ? StepVariant.STANDARD : variant);
		if (open.isEmpty()) {
			return Optional.empty();
		}
		requireOffice(open.get().officeCode(), subject.id(), DeadlineRoles.WORKERS);
		return Optional.of(completeChecked(open.get(), doneOn));
	}

	private DeadlineView completeChecked(DeadlineRecord record, LocalDate doneOn) {
		var today = LocalDate.now(clock);
		if (doneOn == null) {
			throw ValidationFailed.of("doneOn", "deadline.doneOn.required");
		}
		if (doneOn.isAfter(today)) {
			throw ValidationFailed.of("doneOn", "deadline.doneOn.future");
		}
		if (record.state() != DeadlineState.OPEN) {
			throw new DomainRuleViolation("deadline-not-open");
		}
		deadlines.complete(record, doneOn, OffsetDateTime.now(clock));
		return load(record.id()).view(today);
	}

	@Override
	@Transactional
	public DeadlineView cancel(DeadlineId id, String reason) {
		var record = load(id.value());
		requireOffice(record.officeCode(), id, DeadlineRoles.WORKERS);
		var cleanReason = validReason(reason);
		if (record.state() != DeadlineState.OPEN) {
			throw new DomainRuleViolation("deadline-not-open");
		}
		deadlines.cancel(record, LocalDate.now(clock), cleanReason, OffsetDateTime.now(clock));
		return load(record.id()).view(LocalDate.now(clock));
	}

	@Override
	@Transactional
	public List<DeadlineView> cancelAll(DeadlineSubject subject, String reason) {
		var cleanReason = validReason(reason);
		var open = deadlines.openOfSubject(subject);
		open.forEach(d -> requireOffice(d.officeCode(), subject.id(), DeadlineRoles.WORKERS));
		var now = OffsetDateTime.now(clock);
		open.forEach(d -> deadlines.cancel(d, LocalDate.now(clock), cleanReason, now));
		return open.stream().map(d -> load(d.id()).view(LocalDate.now(clock))).toList();
	}

	@Override
	@Transactional
	public List<DeadlineView> reassign(DeadlineSubject subject, UserId assignee, UUID teamId) {
		var open = deadlines.openOfSubject(subject);
		open.forEach(d -> requireOffice(d.officeCode(), subject.id(), DeadlineRoles.WORKERS));
		var problems = new ValidationFailed.Collector();
		open.forEach(d -> validateOwner(problems, assignee, teamId, d.officeCode()));
		problems.throwIfAny();
		var now = OffsetDateTime.now(clock);
		open.forEach(d -> deadlines.reassign(d, assignee == null ? null : assignee.value(), teamId, now));
		return open.stream().map(d -> load(d.id()).view(LocalDate.now(clock))).toList();
	}

	@Override
	public DeadlineView get(DeadlineId id) {
		var record = deadlines.find(id.value()).orElseThrow(() -> new NotFoundException(SUBJECT, id));
		requireOffice(record.officeCode(), id, DeadlineRoles.READERS);
		return record.view(LocalDate.now(clock));
	}

	@Override
	public List<DeadlineView> of(DeadlineSubject subject) {
		var all = deadlines.ofSubject(subject);
		var user = currentUser.find();
		if (user.isEmpty() || MODULE_CALL.get()) {
			return all.stream().map(d -> d.view(LocalDate.now(clock))).toList();
		}
		var visible = all.stream().filter(d -> user.get().scope().coversOffice(d.officeCode())).toList();
		if (!all.isEmpty() && visible.isEmpty()) {
			throw new NotFoundException(SUBJECT, subject.id());
		}
		access.requireAnyRole(DeadlineRoles.READERS);
		return visible.stream().map(d -> d.view(LocalDate.now(clock))).toList();
	}

	/**
	 * Calls from other modules (casework, discovery, consultation) through {@link ModuleDeadlines}: the
	 * calling module has checked the caller's access to its own subject (a case, a target), which may
	 * reach outside the caller's offices — a partner co-case manager, a case transferred to another
	 * 시군구, a follow-up moved with the client. The deadline module's own API and pages check scope.
	 */
	private static final ThreadLocal<Boolean> MODULE_CALL = ThreadLocal.withInitial(() -> false);

	static <T> T asModuleCall(Supplier<T> work) {
		boolean previous = MODULE_CALL.get();
		MODULE_CALL.set(true);
		try {
			return work.get();
		}
		finally {
			MODULE_CALL.set(previous);
		}
	}

	/** The full record, for the module's own pages (access already checked by the caller). */
	DeadlineRecord load(UUID id) {
		return deadlines.find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
	}

	/**
	 * Within a user's request: the office must be in their scope (404) and they need one of the
	 * roles (403). Without a user it is a call of the system itself (event listener, job).
	 */
	private Optional<DolbomUser> requireOffice(String officeCode, Object id, Role... roles) {
		if (MODULE_CALL.get()) {
			return currentUser.find();
		}
		if (currentUser.find().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(access.requireOfficeAndRole(officeCode, SUBJECT, id, roles));
	}

	private static String validReason(String reason) {
		var clean = reason == null ? "" : reason.strip();
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(clean.isEmpty(), "reason", "deadline.reason.required")
				.rejectIf(clean.length() > REASON_MAX, "reason", "deadline.reason.length", REASON_MAX);
		problems.throwIfAny();
		return clean;
	}
}
