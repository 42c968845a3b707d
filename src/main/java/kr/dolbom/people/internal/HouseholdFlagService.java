package kr.dolbom.people.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.Access;
import kr.dolbom.org.Role;
import kr.dolbom.people.FlaggedHousehold;
import kr.dolbom.people.HouseholdFlag;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * The outreach flags of a household (돌봄필요, 위기가구, 양육 가구): whoever may see the household sees
 * them, whoever may edit it sets them (404 outside the scope, 403 without the role).
 */
@Service
public class HouseholdFlagService {

	private final JdbcPeople people;
	private final JdbcResidentLists lists;
	private final Access access;
	private final AccessLog accessLog;
	private final Clock clock;

	HouseholdFlagService(JdbcPeople people, JdbcResidentLists lists, Access access, AccessLog accessLog, Clock clock) {
		this.people = people;
		this.lists = lists;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public record FlagInput(HouseholdFlag flag, java.time.LocalDate expectedOn, String note) {
	}

	public List<FlaggedHousehold> flags(HouseholdId id) {
		var household = people.household(id).orElseThrow(() -> new NotFoundException("household", id));
		access.requireOfficeAndRole(household.officeCode(), "household", id, PeopleAccess.VIEW);
		var flags = lists.flagsOf(id);
		accessLog.record(AccessSubject.of(PeopleService.HOUSEHOLD, id, household.officeCode()), AccessAction.VIEW,
				"가구 방문대상 표시 조회");
		return flags;
	}

	/** Replaces the household's flags with the given ones (an empty list clears them). */
	@Transactional
	public List<FlaggedHousehold> replace(HouseholdId id, List<FlagInput> flags) {
		var household = people.household(id).orElseThrow(() -> new NotFoundException("household", id));
		var user = access.requireOfficeAndRole(household.officeCode(), "household", id, PeopleAccess.EDIT);
		var problems = new ValidationFailed.Collector();
		var seen = EnumSet.noneOf(HouseholdFlag.class);
		var input = flags == null ? List.<FlagInput>of() : flags;
		for (int i = 0; i < input.size(); i++) {
			var f = input.get(i);
			var field = "flags[" + i + "]";
			problems.rejectIf(f.flag() == null, field + ".flag", "validation.required");
			problems.rejectIf(f.flag() != null && !seen.add(f.flag()), field + ".flag", "validation.household.flag.twice");
			problems.rejectIf(f.flag() == HouseholdFlag.DISCHARGE_PLANNED && f.expectedOn() == null, field + ".expectedOn",
					"validation.household.flag.discharge-date");
			problems.rejectIf(f.note() != null && f.note().length() > 300, field + ".note", "validation.too-long", 300);
		}
		problems.throwIfAny();
		var stored = input.stream().map(f -> new FlaggedHousehold(id, household.officeCode(), f.flag(),
				f.flag() == HouseholdFlag.DISCHARGE_PLANNED ? f.expectedOn() : null,
				f.note() == null || f.note().isBlank() ? null : f.note().strip())).toList();
		lists.replaceFlags(id, stored, user.id().value(), OffsetDateTime.now(clock));
		accessLog.record(AccessSubject.of(PeopleService.HOUSEHOLD, id, household.officeCode()), AccessAction.UPDATE,
				"가구 방문대상 표시 변경");
		return lists.flagsOf(id);
	}
}
