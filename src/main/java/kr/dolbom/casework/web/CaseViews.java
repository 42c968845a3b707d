package kr.dolbom.casework.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseType;
import kr.dolbom.casework.ClosureType;
import kr.dolbom.casework.MainAgency;
import kr.dolbom.casework.Selection;
import kr.dolbom.casework.domain.Assessment;
import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.casework.internal.CaseQueries;
import kr.dolbom.casework.internal.CheckRepository;
import kr.dolbom.casework.internal.ClosureRepository;
import kr.dolbom.casework.internal.ReferralRepository;
import kr.dolbom.deadline.DeadlineView;

/** The JSON shapes of the case API (api.md): ids as strings, dates ISO-8601, never an RRN. */
final class CaseViews {

	private CaseViews() {
	}

	record DeadlineItem(String step, String variant, LocalDate dueOn, LocalDate doneOn, boolean overdue, String state) {

		static DeadlineItem of(DeadlineView d) {
			return new DeadlineItem(d.step().name(), d.variant().name(), d.dueOn(), d.doneOn(), d.overdue(),
					d.state().name());
		}
	}

	record HistoryItem(OffsetDateTime at, String user, String action, String detail) {
	}

	record AssessmentItemView(String code, String memberId, String need, int crisisScore, String clientView,
			String managerView, Integer agreedPriority) {
	}

	record AssessmentView(String id, LocalDate date, List<AssessmentItemView> domains, Map<String, Integer> domainScores) {
	}

	record GoalView(String domain, ServicePlan.Term term, String text) {
	}

	record ServiceView(String provider, String content, String frequency, LocalDate from, LocalDate to,
			String resourceServiceId) {
	}

	record PlanView(String id, String caseId, ServicePlan.Status status, boolean simplified, boolean consented,
			boolean active, List<GoalView> goals, List<ServiceView> services, String rejectionReason,
			LocalDate clientSignedOn, LocalDate providerConsentOn, String supersedes, int version) {
	}

	record CheckView(String id, LocalDate date, String method, String clientChange, String participation,
			String adequacy, int satisfaction, String actionNeeded) {
	}

	record ClosureView(ClosureType type, String reason, String meetingId, LocalDate plannedOn, boolean shortTermGoalsOnly,
			String goalAttainment, String change, String followUpPlan, String decision) {
	}

	record FollowUpView(String id, String kind, LocalDate dueOn, LocalDate doneOn, String officeCode, String result,
			Integer satisfaction, String reentryConsultationId) {
	}

	record ReferralView(String id, String program, String reason, LocalDate referredOn, LocalDate answeredOn,
			String answer) {
	}

	record MeetingItem(String id, String kind, LocalDate heldOn, boolean written, String discussion, String decisions) {
	}

	record CaseView(String id, String personId, String personName, String rrnMasked, String officeCode,
			CaseState state, Selection selection, CaseType caseType, String selectionReason, String assignee,
			MainAgency mainAgency, boolean difficultSuggested, LocalDate requestedOn, LocalDate openedOn,
			LocalDate closedOn, String transferredFrom, String transferredTo, int version, String nextAction,
			List<DeadlineItem> deadlines, List<AssessmentView> assessments, List<MeetingItem> meetings,
			List<PlanView> plans, List<CheckView> checks, ClosureView closure, List<FollowUpView> followUps,
			List<ReferralView> referrals, List<String> coManagers, List<HistoryItem> history) {
	}

	record CaseListItem(String id, String personId, String personName, String officeCode, CaseState state,
			Selection selection, String assignee, LocalDate openedOn, boolean overdue) {
	}

	static CaseView of(CaseQueries.CaseDetail d) {
		var c = d.file();
		return new CaseView(c.id().toString(), c.personId().toString(), d.person().name(), d.person().rrnMasked(),
				c.officeCode(), c.state(), c.selection(), c.caseType(), c.selectionReason(),
				c.assignee() == null ? null : c.assignee().toString(), c.mainAgency(), d.difficultSuggested(),
				c.requestedOn(), c.openedOn(), c.closedOn(), str(c.transferredFrom()), str(c.transferredTo()), c.version(),
				d.nextAction().name(), d.deadlines().stream().map(DeadlineItem::of).toList(),
				d.assessments().stream().map(CaseViews::of).toList(),
				d.meetings().stream().flatMap(m -> m.cases().stream().map(x -> new MeetingItem(m.id().toString(),
						m.kind().name(), m.heldOn(), m.written(), x.discussion(), x.decisions()))).toList(),
				d.plans().stream().map(CaseViews::of).toList(), d.checks().stream().map(CaseViews::of).toList(),
				d.closure().map(x -> new ClosureView(x.type(), x.reason(), x.meetingId().toString(), x.plannedOn(),
						x.shortTermOnly(), x.goalAttainment(), x.changeSummary(), x.followUpPlan(), x.decision()))
						.orElse(null),
				d.followUps().stream().map(CaseViews::of).toList(), d.referrals().stream().map(CaseViews::of).toList(),
				d.coManagers().stream().map(m -> m.userId().toString()).toList(),
				d.history().stream().map(h -> new HistoryItem(h.at(), h.username(), h.action(), h.detail())).toList());
	}

	static CaseListItem of(CaseQueries.ListItem item) {
		var c = item.file();
		return new CaseListItem(c.id().toString(), c.personId().toString(),
				item.person() == null ? null : item.person().name(), c.officeCode(), c.state(), c.selection(),
				str(c.assignee()), c.openedOn(), item.overdue());
	}

	static AssessmentView of(Assessment a) {
		return new AssessmentView(a.id().toString(), a.assessedOn(), a.items().stream()
				.map(i -> new AssessmentItemView(i.domainCode(), str(i.memberId()), i.need(), i.crisisScore(),
						i.clientView(), i.managerView(), i.agreedPriority()))
				.toList(), a.domainScores());
	}

	static PlanView of(ServicePlan p) {
		return new PlanView(p.id().toString(), p.caseId().toString(), p.status(), p.simplified(), p.consented(),
				p.active(), p.goals().stream().map(g -> new GoalView(g.domainCode(), g.term(), g.text())).toList(),
				p.services().stream().map(s -> new ServiceView(s.provider(), s.content(), s.frequency(), s.from(), s.to(),
						str(s.resourceServiceId()))).toList(),
				p.rejectionReason(), p.clientSignedOn(), p.providerConsentOn(), str(p.supersedes()), p.version());
	}

	static CheckView of(CheckRepository.Check c) {
		return new CheckView(c.id().toString(), c.checkedOn(), c.method().name(), c.clientChange(), c.participation(),
				c.adequacy(), c.satisfaction(), c.actionNeeded().name());
	}

	static FollowUpView of(ClosureRepository.FollowUp f) {
		return new FollowUpView(f.id().toString(), f.kind().name(), f.dueOn(), f.doneOn(), f.officeCode(), f.result(),
				f.satisfaction(), str(f.reentryConsultationId()));
	}

	static ReferralView of(ReferralRepository.Referral r) {
		return new ReferralView(r.id().toString(), r.program().name(), r.reason(), r.referredOn(), r.answeredOn(),
				r.answer());
	}

	private static String str(Object value) {
		return value == null ? null : value.toString();
	}
}
