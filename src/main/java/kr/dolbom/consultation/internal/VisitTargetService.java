package kr.dolbom.consultation.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.consultation.MonitorConsultations;
import kr.dolbom.org.Access;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.HouseholdSummary;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
import kr.dolbom.people.Relationship;
import kr.dolbom.people.ResidentLists;

/**
 * Monthly outreach visit target lists of one 읍면동 (manual 1-2 ③: "대상자 명단 확보 — 시스템을 통해 65세·70세
 * 도래 어르신 명단 확인"), built from the people data: ages from birth dates, the other groups from the
 * household flags. Each row says whether a visit of the household is already planned in the month.
 */
@Service
public class VisitTargetService {

	private final ResidentLists residents;
	private final Persons persons;
	private final JdbcOutreachVisits visits;
	private final Access access;
	private final AccessLog accessLog;
	private final MonitorConsultations monitors;

	VisitTargetService(ResidentLists residents, Persons persons, JdbcOutreachVisits visits, Access access,
			AccessLog accessLog, MonitorConsultations monitors) {
		this.monitors = monitors;
		this.residents = residents;
		this.persons = persons;
		this.visits = visits;
		this.access = access;
		this.accessLog = accessLog;
	}

	/** A row of the list: the person to visit (for a flagged household its head), why, and any visit of the month. */
	public record VisitTarget(VisitTargetGroup group, HouseholdId householdId, PersonId personId, String name,
			LocalDate birthDate, int age, String addressLine, LocalDate dueOn, String note, UUID visitId,
			OutreachVisit.Status visitStatus) {
	}

	/** {@code group} null: every group. 404 outside the caller's scope, 403 without an outreach role. */
	public List<VisitTarget> list(String officeCode, YearMonth month, VisitTargetGroup group) {
		access.requireOfficeAndRole(officeCode, "office", officeCode, VisitSafetyAccess.VISIT);
		List<VisitTarget> rows = new ArrayList<>();
		for (var g : group == null ? VisitTargetGroup.values() : new VisitTargetGroup[] { group }) {
			rows.addAll(build(officeCode, month, g));
		}
		accessLog.record(AccessSubject.of("VISIT_TARGET_LIST", officeCode + ":" + month + ":" + (group == null ? "ALL" : group),
				officeCode), AccessAction.VIEW, "찾아가는 상담 방문대상 명단 조회 (" + rows.size() + "명)");
		return rows;
	}

	List<VisitTarget> build(String officeCode, YearMonth month, VisitTargetGroup group) {
		Map<HouseholdId, HouseholdSummary> households = new HashMap<>();
		var planned = plannedVisits(officeCode, month);
		List<VisitTarget> rows = new ArrayList<>();
		switch (group) {
			case TURNING_65, TURNING_70 -> {
				int age = group == VisitTargetGroup.TURNING_65 ? 65 : 70;
				var range = VisitTargetRules.birthDateRange(age, month);
				for (var p : residents.bornBetween(officeCode, range[0], range[1])) {
					if (VisitTargetRules.reachesAgeIn(p.birthDate(), age, month)) {
						rows.add(row(group, p, age, household(households, p.householdId()), VisitTargetRules.reachesAge(
								p.birthDate(), age), null, planned));
					}
				}
			}
			case BIRTH_CHILD_REARING -> {
				// newborns registered in the month before (출생신고), then the households flagged as child-rearing
				var previous = month.minusMonths(1);
				Map<HouseholdId, VisitTarget> byHousehold = new LinkedHashMap<>();
				for (var baby : residents.bornBetween(officeCode, previous.atDay(1), month.atDay(1))) {
					var household = household(households, baby.householdId());
					var contact = head(household).orElse(baby);
					byHousehold.putIfAbsent(baby.householdId(), row(group, contact, contact.ageOn(month.atEndOfMonth()),
							household, baby.birthDate(), null, planned));
				}
				flaggedRows(officeCode, month, group, households, planned).forEach(r -> byHousehold.putIfAbsent(r.householdId(), r));
				rows.addAll(byHousehold.values());
			}
			case DISCHARGE -> flaggedRows(officeCode, month, group, households, planned).stream()
					.filter(r -> r.dueOn() != null && YearMonth.from(r.dueOn()).equals(month)).forEach(rows::add);
			case MONITOR_DUE -> {
				for (var due : monitors.householdsDue(officeCode, month)) {
					var household = household(households, due.householdId());
					var person = due.personId() == null ? head(household).orElse(null) : persons.find(due.personId()).orElse(null);
					if (person != null) {
						rows.add(row(group, person, person.ageOn(month.atEndOfMonth()), household, due.nextDueOn(), null, planned));
					}
				}
			}
			default -> rows.addAll(flaggedRows(officeCode, month, group, households, planned));
		}
		return rows;
	}

	private List<VisitTarget> flaggedRows(String officeCode, YearMonth month, VisitTargetGroup group,
			Map<HouseholdId, HouseholdSummary> households, Map<HouseholdId, OutreachVisit> planned) {
		Map<HouseholdId, VisitTarget> byHousehold = new LinkedHashMap<>();
		for (var flagged : residents.flagged(officeCode, group.flags())) {
			var household = household(households, flagged.householdId());
			head(household).ifPresent(head -> byHousehold.merge(flagged.householdId(),
					row(group, head, head.ageOn(month.atEndOfMonth()), household, flagged.expectedOn(),
							flagged.note(), planned),
					(a, b) -> new VisitTarget(a.group(), a.householdId(), a.personId(), a.name(), a.birthDate(), a.age(),
							a.addressLine(), a.dueOn(), a.note() == null ? b.note() : b.note() == null ? a.note() : a.note() + ", " + b.note(), a.visitId(), a.visitStatus())));
		}
		return new ArrayList<>(byHousehold.values());
	}

	private static java.util.Optional<PersonSummary> head(HouseholdSummary household) {
		if (household == null) {
			return java.util.Optional.empty();
		}
		return household.members().stream().filter(m -> m.deceasedOn() == null)
				.min(Comparator.comparing((PersonSummary m) -> m.relationship() == Relationship.HEAD ? 0 : 1));
	}

	private HouseholdSummary household(Map<HouseholdId, HouseholdSummary> cache, HouseholdId id) {
		return cache.computeIfAbsent(id, h -> persons.household(h).orElse(null));
	}

	private Map<HouseholdId, OutreachVisit> plannedVisits(String officeCode, YearMonth month) {
		Map<HouseholdId, OutreachVisit> byHousehold = new HashMap<>();
		visits.ofOffice(officeCode, month.atDay(1), month.plusMonths(1).atDay(1)).stream()
				.filter(v -> v.status() != OutreachVisit.Status.CANCELLED)
				.forEach(v -> byHousehold.putIfAbsent(v.householdId(), v));
		return byHousehold;
	}

	private static VisitTarget row(VisitTargetGroup group, PersonSummary p, int age, HouseholdSummary household,
			LocalDate dueOn, String note, Map<HouseholdId, OutreachVisit> planned) {
		var visit = planned.get(p.householdId());
		return new VisitTarget(group, p.householdId(), p.id(), p.name(), p.birthDate(), age,
				household == null ? null : household.addressLine(), dueOn, note, visit == null ? null : visit.id(),
				visit == null ? null : visit.status());
	}
}
