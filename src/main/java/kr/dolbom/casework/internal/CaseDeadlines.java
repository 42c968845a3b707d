package kr.dolbom.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.Selection;
import kr.dolbom.casework.domain.CaseFile;
import kr.dolbom.casework.domain.FollowUpSchedule;
import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.DeadlineId;
import kr.dolbom.deadline.DeadlineState;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.DeadlineView;
import kr.dolbom.deadline.Deadlines;
import kr.dolbom.deadline.OpenDeadline;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;

/**
 * The case's deadlines (domain.md §5), kept by the deadline module: opened when a step begins,
 * completed when it is done. The due dates follow the configured rules and the working-day
 * calendar; casework only says which step starts or ends, and when.
 */
@Component
public class CaseDeadlines {

	private final Deadlines deadlines;
	private final Users users;

	CaseDeadlines(Deadlines deadlines, Users users) {
		this.deadlines = deadlines;
		this.users = users;
	}

	/** The main case manager's team, so that the case's work shows in that team's queue. */
	private UUID teamOf(UUID assignee) {
		return assignee == null ? null : users.find(new UserId(assignee)).map(UserSummary::teamId).orElse(null);
	}

	static DeadlineSubject subject(CaseId id) {
		return DeadlineSubject.ofCase(id.value());
	}

	private OpenDeadline open(CaseFile c, Step step, AnchorEvent event, LocalDate date) {
		var request = OpenDeadline.of(subject(c.id()), step, event, date, c.officeCode()).forPerson(c.personId());
		return c.assignee() == null ? request : request.assignedTo(new UserId(c.assignee()), teamOf(c.assignee()));
	}

	/** Intake: the intake itself (same day), the assessment (10 working days after the request), the decision notice (60 days after the application). */
	public void opened(CaseFile c, LocalDate consultationReferredOn, LocalDate consultationOn) {
		var intake = deadlines.open(open(c, Step.INTAKE, AnchorEvent.REQUEST, c.requestedOn()));
		deadlines.complete(intake.id(), c.openedOn());
		if (consultationReferredOn != null) {
			var initial = deadlines.open(open(c, Step.INITIAL_CONSULTATION, AnchorEvent.REFERRAL, consultationReferredOn));
			deadlines.complete(initial.id(), consultationOn);
		}
		deadlines.open(open(c, Step.ASSESSMENT, AnchorEvent.REQUEST, c.requestedOn()));
		deadlines.open(open(c, Step.DECISION_NOTICE, AnchorEvent.APPLICATION, c.requestedOn()));
	}

	public void assigned(CaseFile c) {
		deadlines.reassign(subject(c.id()), c.assignee() == null ? null : new UserId(c.assignee()), teamOf(c.assignee()));
	}

	public void assessed(CaseFile c, LocalDate on, boolean first) {
		if (first) {
			complete(c, Step.ASSESSMENT, on);
			deadlines.open(open(c, Step.SELECTION, AnchorEvent.ASSESSMENT, on));
		}
	}

	public void selected(CaseFile c, LocalDate on) {
		complete(c, Step.SELECTION, on);
		switch (c.selection()) {
			case CASE_MANAGEMENT -> deadlines.open(open(c, Step.PLAN, AnchorEvent.SELECTION, on)
					.withAnchor(AnchorEvent.INTAKE, c.openedOn()));
			case SERVICE_LINK -> deadlines.open(open(c, Step.LINKAGE, AnchorEvent.SELECTION, on));
			case NOT_SELECTED -> complete(c, Step.DECISION_NOTICE, on);
		}
	}

	public void planActivated(CaseFile c, LocalDate on, LocalDate firstServiceOn) {
		complete(c, c.selection() == Selection.SERVICE_LINK ? Step.LINKAGE : Step.PLAN, on);
		complete(c, Step.DECISION_NOTICE, on);
		if (firstServiceOn != null && openOf(c, Step.PROVISION_CHECK).isEmpty() && !done(c, Step.PROVISION_CHECK)) {
			deadlines.open(open(c, Step.PROVISION_CHECK, AnchorEvent.SERVICE_START, firstServiceOn));
		}
	}

	/**
	 * domain.md §5 서비스연계: a service-link household is linked within 5 working days of selection —
	 * the request to the provider is the linking act, whether or not a plan is signed yet.
	 */
	void linkageRequested(CaseFile c, LocalDate on) {
		if (c.selection() == Selection.SERVICE_LINK) {
			complete(c, Step.LINKAGE, on);
		}
	}

	/** A check completes the first provision check and restarts the three-month no-contact clock. */
	public void checked(CaseFile c, LocalDate on, boolean contactWithClient) {
		complete(c, Step.PROVISION_CHECK, on);
		if (contactWithClient) {
			openOf(c, Step.NO_CONTACT).ifPresent(d -> deadlines.complete(d.id(), on));
			deadlines.open(open(c, Step.NO_CONTACT, AnchorEvent.LAST_CONTACT, on));
		}
	}

	public void closureRequested(CaseFile c, LocalDate plannedOn) {
		deadlines.open(open(c, Step.CLOSURE, AnchorEvent.PLANNED_CLOSURE, plannedOn));
	}

	void closureRejected(CaseFile c) {
		openOf(c, Step.CLOSURE).ifPresent(d -> deadlines.cancel(d.id(), "종결 반려"));
	}

	/** On closure every open step ends; the follow-ups get their own deadlines. */
	public void closed(CaseFile c, LocalDate on) {
		complete(c, Step.CLOSURE, on);
		for (var open : deadlines.of(subject(c.id()))) {
			if (open.state() == DeadlineState.OPEN) {
				deadlines.cancel(open.id(), "사례 종결");
			}
		}
	}

	DeadlineView followUp(CaseFile c, FollowUpSchedule.Planned planned, LocalDate closedOn, LocalDate linkageEndedOn,
			String officeCode) {
		var step = planned.kind() == FollowUpSchedule.Kind.SATISFACTION_SURVEY ? Step.SATISFACTION_SURVEY : Step.FOLLOW_UP;
		var variant = switch (planned.variant()) {
			case FIRST -> StepVariant.FIRST;
			case SECOND -> StepVariant.SECOND;
			case SERVICE_LINK -> StepVariant.SERVICE_LINK;
			case SURVEY -> StepVariant.STANDARD;
		};
		var request = OpenDeadline.of(subject(c.id()), step, AnchorEvent.CLOSURE, closedOn, officeCode)
				.withVariant(variant).forPerson(c.personId());
		if (planned.variant() == FollowUpSchedule.Variant.SERVICE_LINK) {
			request = request.withAnchor(AnchorEvent.LINKAGE_END, linkageEndedOn == null ? closedOn : linkageEndedOn);
		}
		// domain.md §4.11: follow-up stays with the main case manager
		if (c.assignee() != null && officeCode.equals(c.officeCode())) {
			request = request.assignedTo(new UserId(c.assignee()), teamOf(c.assignee()));
		}
		return deadlines.open(request);
	}

	/** The follow-up goes to the office of the new address: the deadline is reopened there, same due date rule. */
	DeadlineView moveFollowUp(UUID deadlineId, String officeCode) {
		if (deadlineId == null) {
			return null;
		}
		var old = deadlines.get(new DeadlineId(deadlineId));
		if (old.state() != DeadlineState.OPEN) {
			return null;
		}
		deadlines.cancel(old.id(), "전출: 새 주소지 읍면동으로 이관");
		var request = new OpenDeadline(old.subject(), old.step(), old.variant(), Map.of(AnchorEvent.CLOSURE, old.anchorOn()),
				officeCode, null, null, old.personId());
		if (old.variant() == StepVariant.SERVICE_LINK) {
			request = request.withAnchor(AnchorEvent.LINKAGE_END, old.anchorOn());
		}
		return deadlines.open(request);
	}

	void followUpDone(UUID deadlineId, LocalDate on) {
		deadlines.complete(new DeadlineId(deadlineId), on);
	}

	/** The old office's case ends; the receiving office's case gets the deadlines of the step it is in. */
	public void transferred(CaseFile old, CaseFile successor, LocalDate on) {
		var open = deadlines.of(subject(old.id())).stream().filter(d -> d.state() == DeadlineState.OPEN).toList();
		for (var d : open) {
			deadlines.cancel(d.id(), "사례 이관");
			var request = new OpenDeadline(subject(successor.id()), d.step(), d.variant(),
					Map.of(anchorOf(d.step()), d.anchorOn()), successor.officeCode(), null, null, old.personId());
			if (d.step() == Step.PLAN) {
				request = request.withAnchor(AnchorEvent.INTAKE, old.openedOn()).withAnchor(AnchorEvent.SELECTION,
						old.selectedOn());
			}
			deadlines.open(request);
		}
	}

	private static AnchorEvent anchorOf(Step step) {
		return switch (step) {
			case INITIAL_CONSULTATION -> AnchorEvent.REFERRAL;
			case INTAKE, ASSESSMENT -> AnchorEvent.REQUEST;
			case SELECTION -> AnchorEvent.ASSESSMENT;
			case PLAN, LINKAGE -> AnchorEvent.SELECTION;
			case DECISION_NOTICE -> AnchorEvent.APPLICATION;
			case PROVISION_CHECK -> AnchorEvent.SERVICE_START;
			case CLOSURE -> AnchorEvent.PLANNED_CLOSURE;
			case FOLLOW_UP, SATISFACTION_SURVEY -> AnchorEvent.CLOSURE;
			case NO_CONTACT -> AnchorEvent.LAST_CONTACT;
			case REFERRAL_CHECK -> AnchorEvent.REFERRAL;
			case TARGET_PROCESSING -> AnchorEvent.DISTRIBUTION;
			case SELF_MANAGED_CONTACT -> AnchorEvent.LAST_CONSULTATION;
		};
	}

	List<DeadlineView> of(List<UUID> chain) {
		return chain.stream().flatMap(id -> deadlines.of(DeadlineSubject.ofCase(id)).stream()).toList();
	}

	private void complete(CaseFile c, Step step, LocalDate on) {
		deadlines.complete(subject(c.id()), step, StepVariant.STANDARD, on);
	}

	private Optional<DeadlineView> openOf(CaseFile c, Step step) {
		return deadlines.of(subject(c.id())).stream().filter(d -> d.step() == step && d.state() == DeadlineState.OPEN)
				.findFirst();
	}

	private boolean done(CaseFile c, Step step) {
		return deadlines.of(subject(c.id())).stream().anyMatch(d -> d.step() == step && d.state() == DeadlineState.DONE);
	}
}
