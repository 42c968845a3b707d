package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.domain.Assessment;
import kr.dolbom.consultation.NeedDomains;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.ValidationFailed;

/**
 * 욕구·위기도 조사 (domain.md §4.4): needs and a crisis score per domain and household member,
 * within about 10 days of the request; repeated before closure and whenever the situation changes,
 * every assessment kept so that change can be measured.
 */
@Service
public class AssessmentService {

	private final CaseRepository cases;
	private final AssessmentRepository assessments;
	private final CaseGuard guard;
	private final CaseDeadlines deadlines;
	private final NeedDomains domains;
	private final Persons persons;
	private final Clock clock;

	AssessmentService(CaseRepository cases, AssessmentRepository assessments, CaseGuard guard, CaseDeadlines deadlines,
			NeedDomains domains, Persons persons, Clock clock) {
		this.cases = cases;
		this.assessments = assessments;
		this.guard = guard;
		this.deadlines = deadlines;
		this.domains = domains;
		this.persons = persons;
		this.clock = clock;
	}

	@Transactional
	public Assessment record(CaseId id, LocalDate on, List<Assessment.Item> items) {
		var c = guard.asManager(id);
		if (c.state() == CaseState.CLOSED || c.state() == CaseState.NOT_SELECTED || c.state() == CaseState.TRANSFERRED) {
			throw new DomainRuleViolation("case-" + c.state().name().toLowerCase().replace('_', '-'));
		}
		var problems = new ValidationFailed.Collector()
				.rejectIf(on == null, "date", "validation.required")
				.rejectIf(on != null && on.isAfter(LocalDate.now(clock)), "date", "validation.date.future")
				.rejectIf(on != null && on.isBefore(c.openedOn()), "date", "validation.case.before-intake")
				.rejectIf(items == null || items.isEmpty(), "domains", "validation.case.assessment-empty");
		Set<UUID> members = new HashSet<>();
		persons.household(new HouseholdId(c.householdId()))
				.ifPresent(h -> h.members().forEach(m -> members.add(m.id().value())));
		Set<String> seen = new HashSet<>();
		var list = items == null ? List.<Assessment.Item>of() : items;
		for (int i = 0; i < list.size(); i++) {
			var item = list.get(i);
			var field = "domains[" + i + "]";
			problems.rejectIf(item.domainCode() == null || domains.find(item.domainCode()).isEmpty(), field + ".code",
					"validation.domain.unknown");
			problems.rejectIf(!domains.isValidScore(item.crisisScore()), field + ".crisisScore", "validation.case.score");
			problems.rejectIf(item.need() == null || item.need().isBlank(), field + ".need", "validation.required");
			problems.rejectIf(item.need() != null && item.need().length() > 2000, field + ".need", "validation.too-long", 2000);
			problems.rejectIf(item.memberId() != null && !members.contains(item.memberId()), field + ".memberId",
					"validation.consultation.member");
			problems.rejectIf(!seen.add(item.domainCode() + "/" + item.memberId()), field + ".code",
					"validation.case.domain-twice");
			// the manager's judgement and the client's view differ: an agreed priority is needed
			problems.rejectIf(item.disagreement() && item.agreedPriority() == null, field + ".agreedPriority",
					"validation.case.agreed-priority");
			problems.rejectIf(item.agreedPriority() != null && item.agreedPriority() < 1, field + ".agreedPriority",
					"validation.consultation.priority");
		}
		problems.throwIfAny();
		boolean first = assessments.count(cases.chain(c)) == 0;
		var assessment = new Assessment(Ids.newId(), on,
				list.stream().map(i -> new Assessment.Item(i.domainCode(), i.memberId(), i.need().strip(), i.crisisScore(),
						blankToNull(i.clientView()), blankToNull(i.managerView()), i.agreedPriority())).toList());
		var now = OffsetDateTime.now(clock);
		assessments.insert(c.id(), assessment, guard.user().id().value(), now);
		c.assessed();
		cases.update(c, now);
		guard.history(c, first ? "ASSESSMENT" : "REASSESSMENT", on + " · 최고 위기도 " + assessment.highestScore());
		guard.logChange(c, first ? "욕구·위기도 조사" : "재조사");
		deadlines.assessed(c, on, first);
		return assessment;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
