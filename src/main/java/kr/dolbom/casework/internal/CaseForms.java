package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.domain.Assessment;
import kr.dolbom.casework.domain.CaseFile;
import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.consultation.NeedDomain;
import kr.dolbom.consultation.NeedDomains;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.print.FormTexts;

/**
 * The printable forms of a case (domain.md §10): who may print is who may see the case (404 outside
 * the scope, 403 without a case role); each print is one PRINT entry of the access log per case,
 * with its purpose, written after the form is rendered and before it leaves.
 */
@Service
public class CaseForms {

	/** A rendered form and a file name without personal data. */
	public record Printed(String fileName, byte[] pdf) {
	}

	private final CaseRepository cases;
	private final PlanRepository plans;
	private final CheckRepository checks;
	private final AssessmentRepository assessments;
	private final ClosureRepository closures;
	private final MeetingRepository meetings;
	private final CaseGuard guard;
	private final Persons persons;
	private final Users users;
	private final OrgUnits units;
	private final NeedDomains domains;
	private final AccessLog accessLog;
	private final FormTexts texts;
	private final Clock clock;

	CaseForms(CaseRepository cases, PlanRepository plans, CheckRepository checks, AssessmentRepository assessments,
			ClosureRepository closures, MeetingRepository meetings, CaseGuard guard, Persons persons, Users users,
			OrgUnits units, NeedDomains domains, AccessLog accessLog, FormTexts texts, Clock clock) {
		this.cases = cases;
		this.plans = plans;
		this.checks = checks;
		this.assessments = assessments;
		this.closures = closures;
		this.meetings = meetings;
		this.guard = guard;
		this.persons = persons;
		this.users = users;
		this.units = units;
		this.domains = domains;
		this.accessLog = accessLog;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * 서비스 제공계획 및 점검표 of the given plan, or else of the plan waiting for the client's
	 * signature, the active plan, or the newest one.
	 */
	public Printed servicePlan(CaseId id, UUID planId, String purpose) {
		var c = guard.visible(id);
		var chain = cases.chain(c);
		var planList = plans.of(chain);
		var plan = planId != null
				? planList.stream().filter(p -> p.id().equals(planId)).findFirst()
						.orElseThrow(() -> new NotFoundException("plan", planId))
				: chooseForSignature(planList).orElseThrow(() -> new DomainRuleViolation("form-plan-missing"));
		var assessmentList = assessments.of(chain);
		var latest = assessmentList.isEmpty() ? null : assessmentList.get(assessmentList.size() - 1);
		var pdf = ServicePlanSheet.render(texts, header(c), plan, latest, checks.of(chain), domainNames());
		return printed(c, "caseform.purpose.plan", purpose, "service-plan", pdf);
	}

	/** 종결심사서: once the closure is registered (and after its approval). */
	public Printed closureReview(CaseId id, String purpose) {
		var c = guard.visible(id);
		var closure = closures.find(c.id().value()).orElseThrow(() -> new DomainRuleViolation("form-closure-missing"));
		var chain = cases.chain(c);
		var assessmentList = assessments.of(chain);
		var meetingLine = meetings.find(closure.meetingId())
				.map(m -> texts.date(m.heldOn()) + " " + texts.get("case.meeting.kind." + m.kind().name())).orElse("");
		var plan = plans.of(chain).stream().filter(p -> p.id().equals(c.activePlanId())).findFirst().orElse(null);
		var review = new ClosureReviewSheet.Review(closure, meetingLine, plan,
				assessmentList.isEmpty() ? null : assessmentList.get(0),
				assessmentList.size() < 2 ? null : assessmentList.get(assessmentList.size() - 1),
				closures.followUps(List.of(c.id().value())));
		var pdf = ClosureReviewSheet.render(texts, header(c), review, domainNames());
		return printed(c, "caseform.purpose.closure", purpose, "closure-review", pdf);
	}

	/** 미선정 통지서: only for a case that was not selected. */
	public Printed notSelectedNotice(CaseId id, String purpose) {
		var c = guard.visible(id);
		var notice = c.state() != CaseState.NOT_SELECTED ? null
				: cases.notices(c.id()).stream().filter(n -> n.kind().equals("NOT_SELECTED"))
						.max(Comparator.comparing(CaseRepository.Notice::issuedOn)).orElse(null);
		if (notice == null) {
			throw new DomainRuleViolation("form-not-selected-only");
		}
		var pdf = NotSelectedNotice.render(texts, header(c), notice);
		return printed(c, "caseform.purpose.notice", purpose, "not-selected-notice", pdf);
	}

	/**
	 * The de-identified summary of a case meeting for its outside participants; the caller must see
	 * every case on the agenda (as for the minutes themselves).
	 */
	public Printed meetingSummary(UUID meetingId, String purpose) {
		var meeting = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
		var files = meeting.cases().stream().map(m -> guard.visible(new CaseId(m.caseId()))).toList();
		var names = domainNames();
		var summaries = meeting.cases().stream().map(m -> {
			var c = files.stream().filter(f -> f.id().value().equals(m.caseId())).findFirst().orElseThrow();
			var person = persons.find(new PersonId(c.personId())).orElseThrow();
			var members = persons.household(person.householdId()).map(h -> h.members()).orElse(List.of());
			var scrubber = new DeIdentifier(members.stream().map(p -> p.name()).toList());
			var latest = assessments.of(cases.chain(c)).stream().filter(a -> !a.assessedOn().isAfter(meeting.heldOn()))
					.reduce((a, b) -> b);
			return new MeetingSummarySheet.CaseSummary(person.maskedName(), person.ageOn(meeting.heldOn()),
					texts.get("caseform.sex." + person.sex().name()), members.size(),
					c.selection() == null ? "" : texts.get("case.selection." + c.selection().name()),
					needs(latest, scrubber, names), scrubber.scrub(m.discussion()), scrubber.scrub(m.decisions()),
					scrubber.scrub(m.roles()), scrubber.scrub(m.nextSteps()));
		}).toList();
		var unit = meeting.unitCode() == null ? "" : units.find(meeting.unitCode()).map(OrgUnit::fullName).orElse("");
		var pdf = MeetingSummarySheet.render(texts, meeting, unit, printedBy(), summaries);
		accessLog.recordAll(files.stream().map(c -> AccessSubject.of("CASE", c.id(), c.officeCode())).toList(),
				AccessAction.PRINT, purpose(purpose, "caseform.purpose.meeting"));
		return new Printed("meeting-summary-" + meetingId.toString().substring(0, 8) + ".pdf", pdf);
	}

	private static List<List<String>> needs(Optional<Assessment> assessment, DeIdentifier scrubber,
			Map<String, String> names) {
		return assessment.map(a -> a.items().stream().map(i -> List.of(names.getOrDefault(i.domainCode(), i.domainCode()),
				i.need() == null ? "" : scrubber.scrub(i.need()), i.crisisScore() + " / 5")).toList()).orElse(List.of());
	}

	/** The plan the client is to sign: approved but not yet consented; else the active one; else the newest. */
	static Optional<ServicePlan> chooseForSignature(List<ServicePlan> newestFirst) {
		return newestFirst.stream().filter(p -> p.status() == ServicePlan.Status.APPROVED && !p.consented()).findFirst()
				.or(() -> newestFirst.stream().filter(ServicePlan::active).findFirst())
				.or(() -> newestFirst.stream().findFirst());
	}

	private Printed printed(CaseFile c, String purposeKey, String purpose, String name, byte[] pdf) {
		accessLog.record(AccessSubject.of("CASE", c.id(), c.officeCode()), AccessAction.PRINT, purpose(purpose, purposeKey));
		return new Printed(name + "-" + c.id().toString().substring(0, 8) + ".pdf", pdf);
	}

	/** The form's own purpose, and the reason the user gave, if any. */
	private String purpose(String given, String key) {
		var own = texts.get(key);
		return given == null || given.isBlank() ? own : own + " — " + given.strip();
	}

	private CaseSheetHeader header(CaseFile c) {
		var person = persons.find(new PersonId(c.personId())).orElseThrow();
		var household = persons.household(person.householdId()).orElse(null);
		var office = units.find(c.officeCode());
		var manager = c.assignee() == null ? "" : users.find(new UserId(c.assignee())).map(UserSummary::name).orElse("");
		return new CaseSheetHeader(c, person, household, office.map(OrgUnit::name).orElse(c.officeCode()),
				office.map(OrgUnit::fullName).orElse(c.officeCode()), manager, printedBy());
	}

	private String printedBy() {
		var user = guard.user();
		var unit = user.homeUnitCode().flatMap(units::find).map(OrgUnit::name).orElse(null);
		return texts.printedBy(user.name(), user.username(), unit, OffsetDateTime.now(clock));
	}

	private Map<String, String> domainNames() {
		return texts.inKorean(domains::all).stream()
				.collect(Collectors.toMap(NeedDomain::code, NeedDomain::name, (a, b) -> a));
	}
}
