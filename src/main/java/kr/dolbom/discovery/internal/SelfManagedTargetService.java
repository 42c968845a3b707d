package kr.dolbom.discovery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.consultation.ConsultationRecorded;
import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.DeadlineState;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.DeadlineView;
import kr.dolbom.deadline.Deadlines;
import kr.dolbom.deadline.OpenDeadline;
import kr.dolbom.deadline.OverdueLookup;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.deadline.SubjectType;
import kr.dolbom.org.Access;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonLookup;
import kr.dolbom.people.ResidentRegistry;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.TargetId;
import kr.dolbom.discovery.TargetResult;
import kr.dolbom.discovery.TargetStatus;
import kr.dolbom.discovery.TargetSummary;
import kr.dolbom.discovery.Targets;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.people.Rrn;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.FieldProblem;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

/**
 * Self-managed targets (자체관리대상자, domain.md §6, seeds appendix 1 6 and 6-1): registering one by
 * one or a whole spreadsheet (nothing is stored while any row fails), changing the reason, worker,
 * visit cycle, visit count and notes, releasing with a reason, and the history of every change. A
 * registration opens the {@link Step#SELF_MANAGED_CONTACT} deadline ("미상담: 3개월 이상 상담하지 않은
 * 자체관리대상자의 알림"), renewed whenever a consultation of the person is recorded.
 */
@Service
public class SelfManagedTargetService {

	public static final String SUBJECT = "SELF_MANAGED_TARGET";
	/** The most rows one spreadsheet or one export may hold. */
	public static final int MAX_ROWS = 1000;
	public static final int MAX_EXPORT = 5000;

	static final int MAX_NAME = 60;
	static final int MAX_REASON = 500;
	static final int MAX_NOTES = 2000;
	static final int MAX_CYCLE_MONTHS = 12;
	static final int MAX_VISITS = 999;

	private final JdbcSelfManagedTargets targets;
	private final PersonLookup lookup;
	private final Persons persons;
	private final Users users;
	private final Access access;
	private final AccessLog accessLog;
	private final Deadlines deadlines;
	private final OverdueLookup overdue;
	private final SelfManagedSpreadsheet spreadsheet;
	private final Targets rounds;
	private final JdbcRounds roundRecords;
	private final ResidentRegistry registry;
	private final Clock clock;

	SelfManagedTargetService(JdbcSelfManagedTargets targets, PersonLookup lookup, Persons persons, Users users,
			Access access, AccessLog accessLog, Deadlines deadlines, OverdueLookup overdue,
			SelfManagedSpreadsheet spreadsheet, Targets rounds, JdbcRounds roundRecords, ResidentRegistry registry, Clock clock) {
		this.roundRecords = roundRecords;
		this.targets = targets;
		this.rounds = rounds;
		this.registry = registry;
		this.spreadsheet = spreadsheet;
		this.lookup = lookup;
		this.persons = persons;
		this.users = users;
		this.access = access;
		this.accessLog = accessLog;
		this.deadlines = deadlines;
		this.overdue = overdue;
		this.clock = clock;
	}

	/**
	 * One registration as typed in the form or in a spreadsheet row: text as entered. {@code row} is
	 * the spreadsheet's row number (0 for the single form); {@code worker} the worker's user name
	 * (아이디), or {@code assigneeId} their id; both empty leaves the registering worker in charge.
	 */
	public record Entry(int row, String name, String rrn, String reason, String visitCycle, String visitCount,
			String worker, UUID assigneeId, String notes) {

		public Entry withRow(int value) {
			return new Entry(value, name, rrn, reason, visitCycle, visitCount, worker, assigneeId, notes);
		}
	}

	/** An entry after validation: the person found, the parsed values, and every problem (field → message). */
	public record Checked(Entry entry, PersonSummary person, UUID assigneeId, Integer visitCycleMonths, int visitCount,
			List<FieldProblem> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}
	}

	public record Change(int version, String reason, Integer visitCycleMonths, Integer visitCount, UUID assigneeId,
			String notes) {
	}

	public record View(SelfManagedTarget target, PersonSummary person, UserSummary assignee, boolean overdue,
			List<DeadlineView> deadlines) {
	}

	public record ListItem(SelfManagedTarget target, PersonSummary person, String assigneeName, boolean overdue) {
	}

	// ------------------------------------------------------------------ registering

	@Transactional
	public View register(Entry entry) {
		var user = access.requireAnyRole(SelfManagedRoles.MANAGE);
		var checked = check(entry, user, new HashMap<>());
		logLookup(user, 1);
		if (!checked.valid()) {
			throw new ValidationFailed(checked.problems());
		}
		var target = insert(checked, SelfManagedSource.SINGLE, user, null);
		return view(target, false);
	}

	/** The distributed rounds, newest first, for choosing an unsupported list. */
	public List<JdbcRounds.RoundRecord> distributedRounds() {
		access.requireAnyRole(SelfManagedRoles.MANAGE);
		return roundRecords.all().stream().filter(r -> r.state() == kr.dolbom.discovery.RoundState.DISTRIBUTED).toList();
	}

	/** A target of a round's unsupported list, and whether the person is watched already. */
	public record Unsupported(TargetSummary target, boolean watched) {
	}

	/**
	 * seeds appendix 1 6-1 방법2 "차수별 미지원 대상자 조회를 통한 등록": the round's targets of the caller's
	 * offices that got no support (비대상자, 미처리).
	 */
	public List<Unsupported> unsupported(RoundId round) {
		var user = access.requireAnyRole(SelfManagedRoles.MANAGE);
		List<TargetSummary> list = new ArrayList<>();
		user.scope().offices().stream().sorted().forEach(office -> list.addAll(rounds.unsupported(round, office)));
		var watched = new HashSet<>(targets.activePersonsAmong(list.stream().map(TargetSummary::personId)
				.filter(Objects::nonNull).map(PersonId::value).toList()));
		if (!list.isEmpty()) {
			accessLog.record(AccessSubject.of("TARGET_LIST", "unsupported:" + list.size(), user.homeUnitCode().orElse(null)),
					AccessAction.VIEW, "미지원 발굴대상자 조회 (자체관리대상자 등록)");
		}
		return list.stream().map(t -> new Unsupported(t, t.personId() != null && watched.contains(t.personId().value())))
				.toList();
	}

	/**
	 * Registers a target of a round's unsupported list; the other fields as in {@link #register}. A
	 * target not (yet) in the people register needs the initial consultation first, like anyone.
	 */
	@Transactional
	public View registerFromRound(TargetId id, Entry details) {
		var user = access.requireAnyRole(SelfManagedRoles.MANAGE);
		var target = rounds.find(id).filter(t -> user.scope().coversOffice(t.officeCode()))
				.orElseThrow(() -> new NotFoundException("target", id));
		if (!(target.status() == TargetStatus.UNPROCESSED || target.result() == TargetResult.NON_TARGET)) {
			throw new DomainRuleViolation("self-managed-target-supported");
		}
		var person = target.personId() == null ? null : persons.find(target.personId()).orElse(null);
		if (person == null) {
			throw ValidationFailed.of("targetId", "validation.selfmanaged.person-unknown");
		}
		var rrn = registry.unseal(rounds.sealedRrn(id));
		var checked = check(new Entry(0, person.name(), rrn.digits(), details.reason(), details.visitCycle(),
				details.visitCount(), details.worker(), details.assigneeId(), details.notes()), user, new HashMap<>());
		if (!checked.valid()) {
			throw new ValidationFailed(checked.problems());
		}
		var registered = insert(checked, SelfManagedSource.ROUND, user,
				"발굴차수 " + target.roundLabel() + " 미지원 대상자에서 등록");
		return view(registered, false);
	}

	/** The empty Excel form (seeds appendix 1 6-1 방법3 "(1) 엑셀서식다운로드"). */
	public byte[] template() {
		access.requireAnyRole(SelfManagedRoles.MANAGE);
		return spreadsheet.template();
	}

	/** The rows of an uploaded form, not yet validated; 422 on {@code file} when it cannot be read. */
	public List<Entry> read(byte[] file) {
		access.requireAnyRole(SelfManagedRoles.MANAGE);
		return spreadsheet.read(file);
	}

	/**
	 * Validates every row of a spreadsheet (or of the corrected rows of the upload page) without
	 * storing anything: seeds appendix 1 6-1 방법3 "(3) 오류내용 수정 및 '오류검증'".
	 */
	public List<Checked> checkAll(List<Entry> entries) {
		var user = access.requireAnyRole(SelfManagedRoles.MANAGE);
		requireRows(entries);
		Map<String, Integer> seen = new HashMap<>();
		var checked = entries.stream().map(e -> check(e, user, seen)).toList();
		logLookup(user, entries.size());
		return checked;
	}

	/**
	 * Registers every row, or none: while any row fails, nothing is stored and every problem is
	 * reported as {@code rows[<row>].<field>} with the row number in the message.
	 */
	@Transactional
	public List<View> registerAll(List<Entry> entries) {
		var user = access.requireAnyRole(SelfManagedRoles.MANAGE);
		requireRows(entries);
		Map<String, Integer> seen = new HashMap<>();
		var checked = entries.stream().map(e -> check(e, user, seen)).toList();
		logLookup(user, entries.size());
		var problems = new ArrayList<FieldProblem>();
		for (var c : checked) {
			for (var p : c.problems()) {
				problems.add(rowProblem(c.entry().row(), p));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailed(problems);
		}
		return checked.stream().map(c -> view(insert(c, SelfManagedSource.UPLOAD, user, null), false)).toList();
	}

	/** A row's problem as the API reports it: field {@code rows[5].rrn}, message "5행 주민등록번호: …". */
	public static FieldProblem rowProblem(int row, FieldProblem problem) {
		return new FieldProblem("rows[" + row + "]." + problem.field(), "validation.selfmanaged.row", row,
				new DefaultMessageSourceResolvable(new String[] { "selfmanaged.field." + problem.field() }),
				new DefaultMessageSourceResolvable(new String[] { problem.messageKey() }, problem.arguments()));
	}

	private void requireRows(List<Entry> entries) {
		if (entries == null || entries.isEmpty()) {
			throw ValidationFailed.of("file", "validation.selfmanaged.upload.empty");
		}
		if (entries.size() > MAX_ROWS) {
			throw ValidationFailed.of("file", "validation.selfmanaged.upload.too-many", MAX_ROWS);
		}
	}

	private void logLookup(DolbomUser user, int rows) {
		// the registration numbers were looked up: one search entry per validation (quality.md)
		accessLog.record(AccessSubject.of("PERSON_SEARCH", "self-managed:" + rows, user.homeUnitCode().orElse(null)),
				AccessAction.SEARCH, "자체관리대상자 등록 확인");
	}

	private Checked check(Entry e, DolbomUser user, Map<String, Integer> seenRrns) {
		List<FieldProblem> list = new ArrayList<>();
		var name = strip(e.name());
		if (name == null) {
			list.add(new FieldProblem("name", "validation.required"));
		}
		else if (name.length() > MAX_NAME) {
			list.add(new FieldProblem("name", "validation.too-long", MAX_NAME));
		}
		var reason = strip(e.reason());
		if (reason == null) {
			list.add(new FieldProblem("reason", "validation.required"));
		}
		else if (reason.length() > MAX_REASON) {
			list.add(new FieldProblem("reason", "validation.too-long", MAX_REASON));
		}
		var notes = strip(e.notes());
		if (notes != null && notes.length() > MAX_NOTES) {
			list.add(new FieldProblem("notes", "validation.too-long", MAX_NOTES));
		}
		Integer cycle = number(e.visitCycle(), 1, MAX_CYCLE_MONTHS, "visitCycle", "validation.selfmanaged.visit-cycle", list);
		Integer count = number(e.visitCount(), 0, MAX_VISITS, "visitCount", "validation.selfmanaged.visit-count", list);

		PersonSummary person = null;
		var rrnText = strip(e.rrn());
		if (rrnText == null) {
			list.add(new FieldProblem("rrn", "validation.required"));
		}
		else {
			var problem = Rrn.problemOf(rrnText);
			if (problem.isPresent()) {
				list.add(new FieldProblem("rrn", "validation.rrn." + problem.get().name().toLowerCase().replace('_', '-')));
			}
			else {
				var rrn = Rrn.parse(rrnText);
				var earlier = seenRrns.putIfAbsent(rrn.digits(), e.row());
				if (earlier != null) {
					list.add(new FieldProblem("rrn", "validation.selfmanaged.duplicate-row", earlier));
				}
				// seeds appendix 1 6 ❸: "주체가 없는 대상자는 초기상담 수행 후 등록 가능" — someone not yet
				// registered (or registered outside the caller's offices, which must look the same)
				person = lookup.findByRrn(rrn).filter(p -> user.scope().coversOffice(p.officeCode())).orElse(null);
				if (person == null) {
					list.add(new FieldProblem("rrn", "validation.selfmanaged.person-unknown"));
				}
				else if (name != null && !person.name().equals(name)) {
					list.add(new FieldProblem("name", "validation.selfmanaged.name-mismatch"));
				}
				else if (person.deceasedOn() != null) {
					list.add(new FieldProblem("rrn", "validation.selfmanaged.deceased"));
				}
				else if (targets.activeOf(person.id()).isPresent()) {
					list.add(new FieldProblem("rrn", "validation.selfmanaged.already-registered"));
				}
			}
		}
		UUID assignee = null;
		if (person != null) {
			assignee = assignee(e, user, person.officeCode(), list);
		}
		return new Checked(e, person, assignee, cycle, count == null ? 0 : count, List.copyOf(list));
	}

	private UUID assignee(Entry e, DolbomUser user, String office, List<FieldProblem> problems) {
		var workers = assignable(office);
		if (e.assigneeId() != null) {
			if (!workers.containsKey(e.assigneeId())) {
				problems.add(new FieldProblem("worker", "validation.selfmanaged.worker"));
			}
			return e.assigneeId();
		}
		var username = strip(e.worker());
		if (username != null) {
			var found = workers.values().stream().filter(w -> w.username().equals(username)).findFirst();
			if (found.isEmpty()) {
				problems.add(new FieldProblem("worker", "validation.selfmanaged.worker"));
				return null;
			}
			return found.get().id().value();
		}
		// nobody named: the registering worker, when they work in that office
		return workers.containsKey(user.id().value()) ? user.id().value() : null;
	}

	/** Active workers who may be in charge of a target of the office, by id. */
	public Map<UUID, UserSummary> assignable(String office) {
		Map<UUID, UserSummary> workers = new java.util.LinkedHashMap<>();
		for (var role : SelfManagedRoles.ASSIGNABLE) {
			users.withRoleAt(role, office).stream().filter(UserSummary::active)
					.forEach(u -> workers.putIfAbsent(u.id().value(), u));
		}
		return workers;
	}

	private SelfManagedTarget insert(Checked c, SelfManagedSource source, DolbomUser user, String origin) {
		var now = OffsetDateTime.now(clock);
		var today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
		var target = new SelfManagedTarget(Ids.newId(), c.person().id(), c.person().officeCode(), source,
				strip(c.entry().reason()), c.assigneeId(), c.visitCycleMonths(), c.visitCount(), strip(c.entry().notes()),
				today, user.id().value(), null, null, 0);
		targets.insert(target, now);
		targets.history(target.id(), now, user.id().value(), user.name(), "REGISTERED",
				"등록사유: " + target.reason() + (target.assigneeId() == null ? "" : " · 담당자: " + userName(target.assigneeId()))
						+ (target.visitCycleMonths() == null ? "" : " · 방문주기: " + target.visitCycleMonths() + "개월")
						+ " · 방문횟수: " + target.visitCount() + (origin == null ? "" : " · " + origin));
		openContactDeadline(target, today);
		accessLog.record(subject(target), AccessAction.CREATE, "자체관리대상자 등록");
		return target;
	}

	private void openContactDeadline(SelfManagedTarget target, LocalDate lastConsultation) {
		var open = OpenDeadline.of(deadlineSubject(target.id()), Step.SELF_MANAGED_CONTACT, AnchorEvent.LAST_CONSULTATION,
				lastConsultation, target.officeCode()).forPerson(target.personId().value());
		if (target.assigneeId() != null) {
			open = open.assignedTo(new UserId(target.assigneeId()), teamOf(target.assigneeId()));
		}
		deadlines.open(open);
	}

	// ------------------------------------------------------------------ reading

	public View get(UUID id, String purpose) {
		var target = inScope(id, SelfManagedRoles.VIEW);
		accessLog.record(subject(target), AccessAction.VIEW, purpose == null || purpose.isBlank() ? "자체관리대상자 조회" : purpose);
		return view(target, true);
	}

	private View view(SelfManagedTarget target, boolean withDeadlines) {
		var person = persons.find(target.personId()).orElseThrow();
		var assignee = target.assigneeId() == null ? null : users.find(new UserId(target.assigneeId())).orElse(null);
		var subject = deadlineSubject(target.id());
		List<DeadlineView> list = withDeadlines ? deadlines.of(subject) : List.of();
		boolean late = !target.released()
				&& !overdue.overdueAmong(SubjectType.SELF_MANAGED_TARGET, List.of(target.id()), LocalDate.now(clock)).isEmpty();
		return new View(target, person, assignee, late, list);
	}

	/** Active (or released) targets of the caller's offices, newest first, with the 3-month alert marked. */
	public PageResult<ListItem> list(boolean released, Paging paging) {
		var user = access.requireAnyRole(SelfManagedRoles.VIEW);
		var offices = user.scope().offices();
		var page = targets.list(offices, released, paging.size(), paging.offset());
		long total = targets.count(offices, released);
		if (!page.isEmpty()) {
			accessLog.record(AccessSubject.of("SELF_MANAGED_LIST", "self-managed:" + page.size(),
					user.homeUnitCode().orElse(null)), AccessAction.VIEW, "자체관리대상자 목록 조회");
		}
		return new PageResult<>(items(page), paging.page(), paging.size(), total);
	}

	/** The whole list for an export, same scope and order; 409 {@code export-too-large} above {@link #MAX_EXPORT}. */
	public List<ListItem> export(boolean released) {
		var user = access.requireAnyRole(SelfManagedRoles.VIEW);
		var all = targets.list(user.scope().offices(), released, MAX_EXPORT + 1, 0);
		if (all.size() > MAX_EXPORT) {
			throw new DomainRuleViolation("export-too-large", MAX_EXPORT);
		}
		return items(all);
	}

	private List<ListItem> items(List<SelfManagedTarget> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<PersonId, PersonSummary> people = persons.findAll(list.stream().map(SelfManagedTarget::personId).toList())
				.stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
		var late = overdue.overdueAmong(SubjectType.SELF_MANAGED_TARGET,
				list.stream().filter(t -> !t.released()).map(SelfManagedTarget::id).toList(), LocalDate.now(clock));
		Map<UUID, String> names = new HashMap<>();
		return list.stream().map(t -> new ListItem(t, people.get(t.personId()),
				t.assigneeId() == null ? null : names.computeIfAbsent(t.assigneeId(), this::userName),
				late.contains(t.id()))).toList();
	}

	public List<SelfManagedHistoryEntry> history(UUID id) {
		var target = inScope(id, SelfManagedRoles.VIEW);
		accessLog.record(subject(target), AccessAction.VIEW, "자체관리대상자 이력 조회");
		return targets.historyOf(id);
	}

	// ------------------------------------------------------------------ changing

	/** seeds appendix 1 6 ❺: 등록사유, 담당자, 방문주기, 방문횟수, 참고사항. */
	@Transactional
	public View update(UUID id, Change change) {
		var target = inScope(id, SelfManagedRoles.MANAGE);
		var user = access.requireAnyRole(SelfManagedRoles.MANAGE);
		if (target.released()) {
			throw new DomainRuleViolation("self-managed-released");
		}
		List<FieldProblem> problems = new ArrayList<>();
		var reason = strip(change.reason());
		if (reason == null) {
			problems.add(new FieldProblem("reason", "validation.required"));
		}
		else if (reason.length() > MAX_REASON) {
			problems.add(new FieldProblem("reason", "validation.too-long", MAX_REASON));
		}
		var notes = strip(change.notes());
		if (notes != null && notes.length() > MAX_NOTES) {
			problems.add(new FieldProblem("notes", "validation.too-long", MAX_NOTES));
		}
		var cycle = change.visitCycleMonths();
		if (cycle != null && (cycle < 1 || cycle > MAX_CYCLE_MONTHS)) {
			problems.add(new FieldProblem("visitCycle", "validation.selfmanaged.visit-cycle", 1, MAX_CYCLE_MONTHS));
		}
		int count = change.visitCount() == null ? 0 : change.visitCount();
		if (count < 0 || count > MAX_VISITS) {
			problems.add(new FieldProblem("visitCount", "validation.selfmanaged.visit-count", 0, MAX_VISITS));
		}
		if (change.assigneeId() != null && !Objects.equals(change.assigneeId(), target.assigneeId())
				&& !assignable(target.officeCode()).containsKey(change.assigneeId())) {
			problems.add(new FieldProblem("worker", "validation.selfmanaged.worker"));
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailed(problems);
		}
		var changed = new SelfManagedTarget(target.id(), target.personId(), target.officeCode(), target.source(), reason,
				change.assigneeId(), cycle, count, notes, target.registeredOn(), target.registeredBy(), null, null,
				change.version());
		var diff = diff(target, changed);
		targets.update(changed);
		if (!diff.isEmpty()) {
			targets.history(id, OffsetDateTime.now(clock), user.id().value(), user.name(), "UPDATED", String.join(" · ", diff));
		}
		if (!Objects.equals(target.assigneeId(), changed.assigneeId())) {
			deadlines.reassign(deadlineSubject(id), changed.assigneeId() == null ? null : new UserId(changed.assigneeId()),
					changed.assigneeId() == null ? null : teamOf(changed.assigneeId()));
		}
		accessLog.record(subject(target), AccessAction.UPDATE, "자체관리대상자 수정");
		return view(targets.find(id).orElseThrow(), false);
	}

	private List<String> diff(SelfManagedTarget before, SelfManagedTarget after) {
		List<String> diff = new ArrayList<>();
		if (!Objects.equals(before.reason(), after.reason())) {
			diff.add("등록사유: " + before.reason() + " → " + after.reason());
		}
		if (!Objects.equals(before.assigneeId(), after.assigneeId())) {
			diff.add("담당자: " + orDash(before.assigneeId() == null ? null : userName(before.assigneeId())) + " → "
					+ orDash(after.assigneeId() == null ? null : userName(after.assigneeId())));
		}
		if (!Objects.equals(before.visitCycleMonths(), after.visitCycleMonths())) {
			diff.add("방문주기: " + months(before.visitCycleMonths()) + " → " + months(after.visitCycleMonths()));
		}
		if (before.visitCount() != after.visitCount()) {
			diff.add("방문횟수: " + before.visitCount() + " → " + after.visitCount());
		}
		if (!Objects.equals(before.notes(), after.notes())) {
			diff.add("참고사항: " + orDash(before.notes()) + " → " + orDash(after.notes()));
		}
		return diff;
	}

	/** seeds appendix 1 6 ❹: released with a reason; its alerts stop ("해제된 자체관리대상자의 알림은 발생하지 않음"). */
	@Transactional
	public View release(UUID id, int version, String reasonText) {
		var target = inScope(id, SelfManagedRoles.MANAGE);
		var user = access.requireAnyRole(SelfManagedRoles.MANAGE);
		if (target.released()) {
			throw new DomainRuleViolation("self-managed-released");
		}
		var reason = strip(reasonText);
		if (reason == null) {
			throw ValidationFailed.of("releaseReason", "validation.required");
		}
		if (reason.length() > MAX_REASON) {
			throw ValidationFailed.of("releaseReason", "validation.too-long", MAX_REASON);
		}
		var now = OffsetDateTime.now(clock);
		targets.release(id, version, now.atZoneSameInstant(clock.getZone()).toLocalDate(), reason);
		targets.history(id, now, user.id().value(), user.name(), "RELEASED", "해제사유: " + reason);
		deadlines.cancelAll(deadlineSubject(id), "자체관리대상자 해제");
		accessLog.record(subject(target), AccessAction.UPDATE, "자체관리대상자 해제");
		return view(targets.find(id).orElseThrow(), false);
	}

	/**
	 * A consultation of a watched person renews the 3-month alert: the open deadline is done on the
	 * consultation day and the next one counts from it. An older (back-dated) consultation changes nothing.
	 */
	@ApplicationModuleListener
	void on(ConsultationRecorded recorded) {
		var found = targets.activeOf(recorded.personId());
		if (found.isEmpty() || recorded.consultedOn() == null) {
			return;
		}
		var target = found.get();
		var subject = deadlineSubject(target.id());
		Optional<DeadlineView> open = deadlines.of(subject).stream()
				.filter(d -> d.step() == Step.SELF_MANAGED_CONTACT && d.state() == DeadlineState.OPEN).findFirst();
		if (open.isPresent() && open.get().anchorOn() != null && recorded.consultedOn().isBefore(open.get().anchorOn())) {
			return;
		}
		open.ifPresent(d -> deadlines.complete(subject, Step.SELF_MANAGED_CONTACT, StepVariant.STANDARD, recorded.consultedOn()));
		openContactDeadline(target, recorded.consultedOn());
		targets.history(target.id(), OffsetDateTime.now(clock), null, null, "CONSULTED",
				"상담 기록 (" + recorded.consultedOn() + "): 미상담 알림 기한을 다시 셉니다");
	}

	// ------------------------------------------------------------------ helpers

	private SelfManagedTarget inScope(UUID id, kr.dolbom.org.Role... roles) {
		var target = targets.find(id).orElseThrow(() -> new NotFoundException("self-managed-target", id));
		access.requireOfficeAndRole(target.officeCode(), "self-managed-target", id, roles);
		return target;
	}

	static DeadlineSubject deadlineSubject(UUID id) {
		return new DeadlineSubject(SubjectType.SELF_MANAGED_TARGET, id);
	}

	static AccessSubject subject(SelfManagedTarget target) {
		return AccessSubject.of(SUBJECT, target.id(), target.officeCode());
	}

	private UUID teamOf(UUID user) {
		return users.find(new UserId(user)).map(UserSummary::teamId).orElse(null);
	}

	private String userName(UUID id) {
		return users.find(new UserId(id)).map(UserSummary::name).orElse(id.toString());
	}

	private static Integer number(String text, int min, int max, String field, String key, List<FieldProblem> problems) {
		var value = strip(text);
		if (value == null) {
			return null;
		}
		try {
			var n = new java.math.BigDecimal(value.replace(",", ""));
			if (n.stripTrailingZeros().scale() > 0 || n.intValue() < min || n.intValue() > max
					|| n.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
				problems.add(new FieldProblem(field, key, min, max));
				return null;
			}
			return n.intValue();
		}
		catch (NumberFormatException e) {
			problems.add(new FieldProblem(field, key, min, max));
			return null;
		}
	}

	private static String months(Integer months) {
		return months == null ? "—" : months + "개월";
	}

	private static String orDash(String value) {
		return value == null ? "—" : value;
	}

	static String strip(String value) {
		if (value == null) {
			return null;
		}
		var s = value.strip();
		return s.isEmpty() ? null : s;
	}

	static Set<String> fields() {
		return new HashSet<>(Arrays.asList("name", "rrn", "reason", "visitCycle", "visitCount", "worker", "notes"));
	}
}
