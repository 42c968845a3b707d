package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseSummary;
import kr.dolbom.casework.MainAgency;
import kr.dolbom.casework.Cases;
import kr.dolbom.casework.domain.Assessment;
import kr.dolbom.casework.domain.CaseFile;
import kr.dolbom.casework.domain.DifficultCase;
import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.deadline.DeadlineState;
import kr.dolbom.deadline.DeadlineView;
import kr.dolbom.deadline.OverdueLookup;
import kr.dolbom.deadline.SubjectType;
import kr.dolbom.people.Names;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;

/** Reading cases: the case page with everything the official needs, the lists, and the API for other modules. */
@Service
public class CaseQueries implements Cases {

	private final CaseRepository cases;
	private final AssessmentRepository assessments;
	private final PlanRepository plans;
	private final CheckRepository checks;
	private final ClosureRepository closures;
	private final ReferralRepository referrals;
	private final MeetingService meetings;
	private final CaseDeadlines deadlines;
	private final CaseGuard guard;
	private final Persons persons;
	private final OverdueLookup overdueLookup;
	private final AccessLog accessLog;
	private final Clock clock;

	CaseQueries(CaseRepository cases, AssessmentRepository assessments, PlanRepository plans, CheckRepository checks,
			ClosureRepository closures, ReferralRepository referrals, MeetingService meetings, CaseDeadlines deadlines,
			CaseGuard guard, Persons persons, OverdueLookup overdueLookup, AccessLog accessLog, Clock clock) {
		this.cases = cases;
		this.assessments = assessments;
		this.plans = plans;
		this.checks = checks;
		this.closures = closures;
		this.referrals = referrals;
		this.meetings = meetings;
		this.deadlines = deadlines;
		this.guard = guard;
		this.persons = persons;
		this.overdueLookup = overdueLookup;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** Where the case is and the one action to take next. */
	public enum NextAction {
		ASSIGN, ASSESS, HOLD_MEETING_AND_SELECT, DRAFT_PLAN, SUBMIT_PLAN, APPROVE_PLAN, REVISE_PLAN, RECORD_CONSENT,
		CHECK_SERVICE, APPROVE_CLOSURE, FOLLOW_UP, NONE
	}

	public record CaseDetail(CaseFile file, PersonSummary person, List<Assessment> assessments,
			Map<String, Integer> firstScores, Map<String, Integer> latestScores, boolean difficultSuggested,
			List<MeetingRepository.Meeting> meetings, List<ServicePlan> plans, List<CheckRepository.Check> checks,
			Optional<ClosureRepository.Closure> closure, List<ClosureRepository.FollowUp> followUps,
			List<ReferralRepository.Referral> referrals, List<CaseRepository.CoManager> coManagers,
			List<CaseRepository.Notice> notices, List<CaseRepository.HistoryEntry> history,
			List<DeadlineView> deadlines, NextAction nextAction, boolean userIsManager, boolean userIsLead) {

		public Optional<ServicePlan> openPlan() {
			return plans.stream().filter(p -> !p.active() && p.status() != ServicePlan.Status.APPROVED
					|| p.status() == ServicePlan.Status.APPROVED && !p.consented()).findFirst();
		}

		public Optional<ServicePlan> activePlan() {
			return plans.stream().filter(p -> p.id().equals(file.activePlanId())).findFirst();
		}

		public boolean readOnly() {
			return file.state() == CaseState.TRANSFERRED || file.state() == CaseState.NOT_SELECTED;
		}
	}

	public CaseDetail detail(CaseId id, String purpose) {
		var c = guard.visible(id);
		guard.logView(c, purpose == null || purpose.isBlank() ? "사례 조회" : purpose);
		var chain = cases.chain(c);
		var person = persons.find(new PersonId(c.personId())).orElseThrow();
		var assessmentList = assessments.of(chain);
		var first = assessmentList.isEmpty() ? Map.<String, Integer>of() : assessmentList.get(0).domainScores();
		var latest = assessmentList.isEmpty() ? null : assessmentList.get(assessmentList.size() - 1);
		var planList = plans.of(chain);
		var user = guard.user();
		var followUps = closures.followUps(chain);
		return new CaseDetail(c, person, assessmentList, first, latest == null ? Map.of() : latest.domainScores(),
				c.mainAgency() == MainAgency.OFFICE
						&& DifficultCase.suggested(latest, c.lacksLocalResources()),
				meetings.of(chain), planList, checks.of(chain), closures.find(c.id().value()), followUps,
				referrals.of(chain), cases.coManagers(c.id()), cases.notices(c.id()), cases.history(chain),
				deadlines.of(chain), nextAction(c, planList, followUps), guard.isManager(user, c), guard.isLead(user, c));
	}

	static NextAction nextAction(CaseFile c, List<ServicePlan> plans, List<ClosureRepository.FollowUp> followUps) {
		return switch (c.state()) {
			case RECEIVED -> c.assignee() == null ? NextAction.ASSIGN : NextAction.ASSESS;
			case ASSESSED -> NextAction.HOLD_MEETING_AND_SELECT;
			case SELECTED, PLANNED, IN_SERVICE -> {
				var open = plans.stream().filter(p -> !p.active()).findFirst();
				if (open.isPresent() && !(open.get().status() == ServicePlan.Status.APPROVED && open.get().consented())) {
					yield switch (open.get().status()) {
						case DRAFT -> NextAction.SUBMIT_PLAN;
						case SUBMITTED -> NextAction.APPROVE_PLAN;
						case REJECTED -> NextAction.REVISE_PLAN;
						case APPROVED -> NextAction.RECORD_CONSENT;
					};
				}
				yield c.state() == CaseState.SELECTED ? NextAction.DRAFT_PLAN : NextAction.CHECK_SERVICE;
			}
			case CLOSING -> NextAction.APPROVE_CLOSURE;
			case CLOSED -> followUps.stream().anyMatch(f -> f.doneOn() == null) ? NextAction.FOLLOW_UP : NextAction.NONE;
			case NOT_SELECTED, TRANSFERRED -> NextAction.NONE;
		};
	}

	public record ListItem(CaseFile file, PersonSummary person, boolean overdue) {
	}

	/**
	 * Cases in the caller's offices (or shared with them), newest first; {@code overdueOnly} keeps
	 * those with an open step past its due date.
	 */
	public PageResult<ListItem> list(CaseState state, UUID assignee, boolean openOnly, boolean overdueOnly,
			Paging paging) {
		var page = cases.list(filter(state, assignee, openOnly, overdueOnly), paging);
		if (!page.items().isEmpty()) {
			// the list names residents: one access-log entry per page shown, like a search (quality.md)
			accessLog.record(AccessSubject.of("CASE_LIST", "cases:" + page.items().size(),
					guard.user().homeUnitCode().orElse(null)), AccessAction.VIEW, "사례 목록 조회");
		}
		return page.map(listItems(page.items())::get);
	}

	/** The most cases one export may hold; a larger list is narrowed first. */
	public static final int MAX_EXPORT = 5000;

	/**
	 * The whole list of {@link #list} for an export, in the same scope and order; 409
	 * {@code export-too-large} above {@link #MAX_EXPORT}.
	 */
	public List<ListItem> export(CaseState state, UUID assignee, boolean openOnly) {
		var all = cases.listAll(filter(state, assignee, openOnly, false), MAX_EXPORT + 1);
		if (all.size() > MAX_EXPORT) {
			throw new DomainRuleViolation("export-too-large", MAX_EXPORT);
		}
		var items = listItems(all);
		return all.stream().map(items::get).toList();
	}

	private CaseRepository.ListFilter filter(CaseState state, UUID assignee, boolean openOnly, boolean overdueOnly) {
		var user = guard.user();
		var offices = user.hasAnyRole(CaseGuard.VIEW) ? user.scope().offices() : Set.<String>of();
		Collection<UUID> only = null;
		if (overdueOnly) {
			var today = LocalDate.now(clock);
			// a co-case manager's shared cases may lie outside their offices: ask for those by id
			var overdue = new HashSet<>(overdueLookup.overdueIn(SubjectType.CASE, offices, today));
			overdue.addAll(overdueLookup.overdueAmong(SubjectType.CASE, cases.sharedWith(user.id().value()), today));
			only = overdue;
		}
		return new CaseRepository.ListFilter(offices, user.id().value(), state, assignee, openOnly, only);
	}

	/** List rows with their person and overdue mark, each looked up once for all the cases. */
	private Map<CaseFile, ListItem> listItems(List<CaseFile> files) {
		var people = persons.findAll(files.stream().map(c -> new PersonId(c.personId())).distinct().toList())
				.stream().collect(Collectors.toMap(p -> p.id().value(), p -> p));
		var overdue = overdueLookup.overdueAmong(SubjectType.CASE, files.stream().map(c -> c.id().value()).toList(),
				LocalDate.now(clock));
		Map<CaseFile, ListItem> items = new IdentityHashMap<>();
		for (var c : files) {
			items.put(c, new ListItem(c, people.get(c.personId()), overdue.contains(c.id().value())));
		}
		return items;
	}

	/** The cases of a person, for the person page. */
	public List<CaseFile> ofPerson(PersonId personId) {
		var user = guard.user();
		return cases.ofPerson(personId.value()).stream().filter(c -> user.scope().coversOffice(c.officeCode())
				|| cases.isCoManager(c.id(), user.id().value())).toList();
	}

	/**
	 * The minutes of a case meeting as outside participants may see them (manual 사례회의 진행 가이드라인
	 * ①): no name, registration number, phone or e-mail; the person appears as 김*용.
	 */
	public List<DeIdentified> deIdentifiedSummary(UUID meetingId) {
		var meeting = meetings.get(meetingId);
		return meeting.cases().stream().map(m -> {
			var c = cases.find(new CaseId(m.caseId())).orElseThrow();
			var person = persons.find(new PersonId(c.personId())).orElseThrow();
			var household = persons.household(person.householdId()).map(h -> h.members()).orElse(List.of());
			var scrubber = new DeIdentifier(household.stream().map(PersonSummary::name).toList());
			return new DeIdentified(Names.mask(person.name()), person.ageOn(meeting.heldOn()), scrubber.scrub(m.discussion()),
					scrubber.scrub(m.decisions()), scrubber.scrub(m.roles()), scrubber.scrub(m.nextSteps()));
		}).toList();
	}

	public record DeIdentified(String maskedName, int age, String discussion, String decisions, String roles,
			String nextSteps) {
	}

	@Override
	public Optional<CaseSummary> find(CaseId id) {
		return cases.find(id).map(CaseQueries::summary);
	}

	@Override
	public CaseSummary requireVisible(CaseId id) {
		return summary(guard.visible(id));
	}

	static CaseSummary summary(CaseFile c) {
		return new CaseSummary(c.id(), new PersonId(c.personId()), c.officeCode(), c.state(), c.selection(),
				c.requestedOn());
	}
}
