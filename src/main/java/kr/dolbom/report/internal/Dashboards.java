package kr.dolbom.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseStatistics;
import kr.dolbom.deadline.DeadlineStatistics;
import kr.dolbom.deadline.Step;
import kr.dolbom.org.Access;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.org.Team;
import kr.dolbom.org.Teams;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * The supervisors' dashboards of issue 5 (domain.md §5 and §10): the team lead's (cases by state,
 * overdue work by step and worker) and the 읍면동장's, 시군구's and 시도's (per unit below them:
 * cases by state, deadline compliance per step over the last 30 and 90 days). Aggregates only — no
 * resident is named, so nothing here is written to the access log.
 */
@Service
public class Dashboards {

	/** Who sees the team dashboard: the team lead, and the office head who oversees the team. */
	static final Role[] TEAM_ROLES = { Role.TEAM_LEAD, Role.OFFICE_HEAD };

	/** Who sees the per-unit dashboard: office heads, team leads and the 시군구/시도 supervision. */
	static final Role[] UNIT_ROLES = { Role.OFFICE_HEAD, Role.TEAM_LEAD, Role.DISTRICT_SUPPORT, Role.SUPERVISOR };

	public static final Set<Integer> PERIODS = Set.of(30, 90);

	/** The states a case passes on its way; terminal ones are counted separately. */
	public static final List<CaseState> OPEN_STATES = List.of(CaseState.RECEIVED, CaseState.ASSESSED,
			CaseState.SELECTED, CaseState.PLANNED, CaseState.IN_SERVICE, CaseState.CLOSING);

	private final Access access;
	private final OrgUnits units;
	private final Teams teams;
	private final Users users;
	private final CaseStatistics cases;
	private final DeadlineStatistics deadlines;
	private final Clock clock;
	private final kr.dolbom.consultation.VisitProgress visitProgress;

	Dashboards(Access access, OrgUnits units, Teams teams, Users users, CaseStatistics cases,
			DeadlineStatistics deadlines, Clock clock, kr.dolbom.consultation.VisitProgress visitProgress) {
		this.visitProgress = visitProgress;
		this.access = access;
		this.units = units;
		this.teams = teams;
		this.users = users;
		this.cases = cases;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	// --- team lead -----------------------------------------------------------------------------------

	public record WorkerRow(UUID userId, String name, long openCases, Map<Step, Long> overdueBySteps) {

		public long overdue() {
			return overdueBySteps.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	public record TeamDashboard(Team team, List<OrgUnit> offices, LocalDate today, Map<CaseState, Long> states,
			long closed, long notSelected, List<Step> overdueSteps, List<WorkerRow> workers,
			Map<Step, Long> overdueTotals) {

		public long open() {
			return states.values().stream().mapToLong(Long::longValue).sum();
		}

		public long overdue() {
			return overdueTotals.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	public TeamDashboard team() {
		var user = access.requireAnyRole(TEAM_ROLES);
		var team = user.teamId() == null ? null : teams.find(user.teamId()).orElse(null);
		if (team == null) {
			throw ValidationFailed.of("team", "report.dashboard.noTeam");
		}
		Set<String> offices = new LinkedHashSet<>(team.servedOffices());
		if (offices.isEmpty()) {
			offices.add(team.homeUnitCode());
		}
		offices.retainAll(user.scope().offices());
		var today = LocalDate.now(clock);

		Map<CaseState, Long> states = new EnumMap<>(CaseState.class);
		OPEN_STATES.forEach(s -> states.put(s, 0L));
		long closed = 0;
		long notSelected = 0;
		for (var row : cases.byState(offices)) {
			if (OPEN_STATES.contains(row.state())) {
				states.merge(row.state(), row.count(), Long::sum);
			}
			else if (row.state() == CaseState.CLOSED) {
				closed += row.count();
			}
			else if (row.state() == CaseState.NOT_SELECTED) {
				notSelected += row.count();
			}
		}

		Map<UUID, Long> caseload = new HashMap<>();
		cases.caseload(offices).forEach(c -> caseload.merge(c.assigneeId() == null ? NOBODY : c.assigneeId(), c.count(), Long::sum));
		Map<UUID, Map<Step, Long>> overdue = new HashMap<>();
		Map<Step, Long> totals = new EnumMap<>(Step.class);
		for (var row : deadlines.overdue(offices, today)) {
			var who = row.assigneeId() == null ? NOBODY : row.assigneeId();
			overdue.computeIfAbsent(who, k -> new EnumMap<>(Step.class)).merge(row.step(), row.count(), Long::sum);
			totals.merge(row.step(), row.count(), Long::sum);
		}
		Set<UUID> people = new LinkedHashSet<>(caseload.keySet());
		people.addAll(overdue.keySet());
		List<WorkerRow> workers = new ArrayList<>();
		for (var id : people) {
			var name = id.equals(NOBODY) ? null : users.find(new UserId(id)).map(UserSummary::name).orElse(null);
			workers.add(new WorkerRow(id.equals(NOBODY) ? null : id, name, caseload.getOrDefault(id, 0L),
					overdue.getOrDefault(id, Map.of())));
		}
		// the most overdue first: that is where the team lead looks first
		workers.sort(Comparator.comparingLong(WorkerRow::overdue).reversed()
				.thenComparing(w -> w.name() == null ? "\uffff" : w.name()));
		return new TeamDashboard(team, offices.stream().map(units::find).flatMap(java.util.Optional::stream).toList(),
				today, states, closed, notSelected, List.copyOf(totals.keySet()), workers, totals);
	}

	private static final UUID NOBODY = new UUID(0, 0);

	// --- offices, 시군구, 시도 --------------------------------------------------------------------------

	public record UnitRow(OrgUnit unit, boolean drillable, Map<CaseState, Long> states, long closed, long notSelected,
			long openedInPeriod, long closedInPeriod, Compliance last30, Compliance last90) {

		public long open() {
			return states.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	public record StepRow(Step step, Compliance last30, Compliance last90) {
	}

	public record UnitDashboard(OrgUnit unit, List<OrgUnit> path, LocalDate today, int days, List<UnitRow> rows,
			UnitRow total, List<StepRow> steps, List<VisitRow> visits, VisitRow visitTotal) {
	}

	/** Outreach visits this month against the monthly targets (manual 1-2 ③ 상담 목표), per row unit. */
	public record VisitRow(OrgUnit unit, long householdsVisited, int monthlyTarget) {

		public int percent() {
			return monthlyTarget == 0 ? 0 : (int) Math.min(999, householdsVisited * 100 / monthlyTarget);
		}
	}

	/**
	 * The dashboard of {@code unitCode} (default: the user's own unit): one row per unit directly
	 * below it (per 읍면동 for a 시군구, per 시군구 for a 시도), each counting only the offices the user
	 * may see. {@code days} (30 or 90) is the period of the opened/closed counts.
	 */
	public UnitDashboard units(String unitCode, int days) {
		var user = access.requireAnyRole(UNIT_ROLES);
		if (!PERIODS.contains(days)) {
			throw ValidationFailed.of("days", "report.dashboard.days");
		}
		var unit = unitCode == null || unitCode.isBlank() ? homeUnit(user) : units.find(unitCode)
				.orElseThrow(() -> new NotFoundException("org-unit", unitCode));
		var visible = new LinkedHashSet<>(units.officesUnder(unit.code()).stream().map(OrgUnit::code).toList());
		visible.retainAll(user.scope().offices());
		if (visible.isEmpty()) {
			// api.md: outside the caller's scope is "not found", never "forbidden"
			throw new NotFoundException("org-unit", unit.code());
		}
		var today = LocalDate.now(clock);
		List<OrgUnit> rowUnits = unit.isOffice() ? List.of(unit) : units.children(unit.code()).stream()
				.filter(child -> units.officesUnder(child.code()).stream().anyMatch(o -> visible.contains(o.code())))
				.toList();

		var officeToRow = new HashMap<String, String>();
		for (var row : rowUnits) {
			units.officesUnder(row.code()).stream().map(OrgUnit::code).filter(visible::contains)
					.forEach(o -> officeToRow.put(o, row.code()));
		}
		var states = new HashMap<String, Map<CaseState, Long>>();
		var closed = new HashMap<String, Long>();
		var notSelected = new HashMap<String, Long>();
		for (var r : cases.byState(visible)) {
			var key = officeToRow.get(r.officeCode());
			if (OPEN_STATES.contains(r.state())) {
				states.computeIfAbsent(key, k -> new EnumMap<>(CaseState.class)).merge(r.state(), r.count(), Long::sum);
			}
			else if (r.state() == CaseState.CLOSED) {
				closed.merge(key, r.count(), Long::sum);
			}
			else if (r.state() == CaseState.NOT_SELECTED) {
				notSelected.merge(key, r.count(), Long::sum);
			}
		}
		var opened = new HashMap<String, Long>();
		var closedInPeriod = new HashMap<String, Long>();
		for (var f : cases.flow(visible, today.minusDays(days - 1L), today)) {
			var key = officeToRow.get(f.officeCode());
			opened.merge(key, f.opened(), Long::sum);
			closedInPeriod.merge(key, f.closed(), Long::sum);
		}
		var last30 = deadlines.compliance(visible, today.minusDays(29), today, today);
		var last90 = deadlines.compliance(visible, today.minusDays(89), today, today);
		var byRow30 = sum(last30, r -> officeToRow.get(r.officeCode()));
		var byRow90 = sum(last90, r -> officeToRow.get(r.officeCode()));

		List<UnitRow> rows = rowUnits.stream().map(u -> new UnitRow(u, !u.isOffice(), withZeros(states.get(u.code())),
				closed.getOrDefault(u.code(), 0L), notSelected.getOrDefault(u.code(), 0L),
				opened.getOrDefault(u.code(), 0L), closedInPeriod.getOrDefault(u.code(), 0L),
				byRow30.getOrDefault(u.code(), Compliance.NONE), byRow90.getOrDefault(u.code(), Compliance.NONE))).toList();
		Map<CaseState, Long> totalStates = withZeros(null);
		rows.forEach(r -> r.states().forEach((s, n) -> totalStates.merge(s, n, Long::sum)));
		var total = new UnitRow(unit, false, totalStates, rows.stream().mapToLong(UnitRow::closed).sum(),
				rows.stream().mapToLong(UnitRow::notSelected).sum(), rows.stream().mapToLong(UnitRow::openedInPeriod).sum(),
				rows.stream().mapToLong(UnitRow::closedInPeriod).sum(),
				rows.stream().map(UnitRow::last30).reduce(Compliance.NONE, Compliance::plus),
				rows.stream().map(UnitRow::last90).reduce(Compliance.NONE, Compliance::plus));

		var steps30 = sum(last30, r -> r.step().name());
		var steps90 = sum(last90, r -> r.step().name());
		List<StepRow> steps = java.util.Arrays.stream(Step.values())
				.filter(s -> steps90.containsKey(s.name()))
				.map(s -> new StepRow(s, steps30.getOrDefault(s.name(), Compliance.NONE), steps90.get(s.name())))
				.toList();
		var visitsByRow = new HashMap<String, long[]>();
		for (var v : visitProgress.ofOffices(visible, java.time.YearMonth.from(today))) {
			var counts = visitsByRow.computeIfAbsent(officeToRow.get(v.officeCode()), k -> new long[2]);
			counts[0] += v.householdsVisited();
			counts[1] += v.monthlyTarget();
		}
		List<VisitRow> visits = rowUnits.stream().map(u -> {
			var counts = visitsByRow.getOrDefault(u.code(), new long[2]);
			return new VisitRow(u, counts[0], (int) counts[1]);
		}).toList();
		var visitTotal = new VisitRow(unit, visits.stream().mapToLong(VisitRow::householdsVisited).sum(),
				visits.stream().mapToInt(VisitRow::monthlyTarget).sum());
		return new UnitDashboard(unit, path(unit, user), today, days, rows, total, steps, visits, visitTotal);
	}

	private static Map<CaseState, Long> withZeros(Map<CaseState, Long> counts) {
		Map<CaseState, Long> all = new EnumMap<>(CaseState.class);
		OPEN_STATES.forEach(s -> all.put(s, counts == null ? 0L : counts.getOrDefault(s, 0L)));
		return all;
	}

	private static Map<String, Compliance> sum(Collection<DeadlineStatistics.StepCompliance> rows,
			Function<DeadlineStatistics.StepCompliance, String> key) {
		return rows.stream().collect(Collectors.toMap(key, Compliance::of, Compliance::plus));
	}

	/** The user's own unit: the widest unit their dashboard roles are bound to. */
	private OrgUnit homeUnit(DolbomUser user) {
		return user.grants().stream()
				.filter(g -> java.util.Arrays.asList(UNIT_ROLES).contains(g.role()))
				.map(g -> units.get(g.orgUnitCode()))
				.min(Comparator.comparingInt(u -> u.level().ordinal()))
				.orElseThrow(() -> new AccessDeniedException("no dashboard role"));
	}

	/** From the user's own unit down to this one, for the breadcrumb. */
	private List<OrgUnit> path(OrgUnit unit, DolbomUser user) {
		var home = homeUnit(user);
		List<OrgUnit> path = new ArrayList<>();
		for (var u : units.ancestorsOrSelf(unit.code())) {
			if (u.code().equals(home.code()) || units.isWithin(u.code(), home.code())) {
				path.add(0, u);
			}
		}
		return path;
	}
}
