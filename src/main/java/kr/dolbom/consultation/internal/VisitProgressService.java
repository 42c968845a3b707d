package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.consultation.VisitProgress;
import kr.dolbom.org.Access;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Monthly visit targets per role and the progress against them. manual 1-2 ③ 상담 목표: "읍면동장은 월 5가구(동행),
 * 찾아가는 보건복지팀장은 월 10가구 이상 권고 … 사회복지 담당 공무원 월 15가구 이상 … 간호사 월 20가구 이상 권고 * 시군구에서
 * 자치단체 상황에 맞는 별도 … 월 목표치를 제시할 수 있으며". A person's progress counts the distinct households
 * they visited (as one of the visiting staff) in the month; a colleague with several roles has the lowest of
 * their targets, since each target already allows for the role's other duties ("담당별 고유 업무 수행을 고려").
 */
@Service
public class VisitProgressService implements VisitProgress {

	/** The recommended targets of the manual. */
	public static final Map<Role, Integer> RECOMMENDED = Map.of(Role.OFFICE_HEAD, 5, Role.TEAM_LEAD, 10,
			Role.SOCIAL_WORKER, 15, Role.NURSE, 20);

	private final JdbcClient jdbc;
	private final JdbcOutreachVisits visits;
	private final Users users;
	private final OrgUnits units;
	private final Access access;
	private final Clock clock;

	VisitProgressService(JdbcClient jdbc, JdbcOutreachVisits visits, Users users, OrgUnits units, Access access,
			Clock clock) {
		this.jdbc = jdbc;
		this.visits = visits;
		this.users = users;
		this.units = units;
		this.access = access;
		this.clock = clock;
	}

	public record PersonProgress(UUID userId, String name, Role role, int target, long visited) {

		public int percent() {
			return target == 0 ? 0 : (int) Math.min(999, visited * 100 / target);
		}
	}

	public record OfficeProgress(String officeCode, String officeName, YearMonth month, List<PersonProgress> people,
			long householdsVisited, int target) {

		public int percent() {
			return target == 0 ? 0 : (int) Math.min(999, householdsVisited * 100 / target);
		}
	}

	/** The monthly targets in force in the 시군구: the recommended ones unless it set its own. */
	public Map<Role, Integer> targetsOf(String districtCode) {
		Map<Role, Integer> targets = new EnumMap<>(Role.class);
		targets.putAll(RECOMMENDED);
		jdbc.sql("SELECT role, monthly_target FROM visit_monthly_target WHERE district_code = ?").param(districtCode)
				.query((rs, n) -> Map.entry(Role.valueOf(rs.getString(1)), rs.getInt(2))).list()
				.forEach(e -> targets.put(e.getKey(), e.getValue()));
		return targets;
	}

	/** The 시군구 (희망복지지원단) sets its own target for a role. */
	@Transactional
	public Map<Role, Integer> setTarget(String districtCode, Role role, Integer target) {
		var user = access.requireAnyRole(VisitSafetyAccess.TARGET_SETTINGS);
		if (districtCode == null || !user.unitsWithRole(Role.DISTRICT_SUPPORT).contains(districtCode)) {
			throw new NotFoundException("district", districtCode);
		}
		new ValidationFailed.Collector().rejectIf(role == null || !RECOMMENDED.containsKey(role), "role", "validation.invalid")
				.rejectIf(target == null, "target", "validation.required")
				.rejectIf(target != null && (target < 0 || target > 200), "target", "validation.visit.target-range")
				.throwIfAny();
		var now = OffsetDateTime.now(clock);
		int updated = jdbc.sql("""
				UPDATE visit_monthly_target SET monthly_target = ?, set_by = ?, set_at = ?, version = version + 1
				WHERE district_code = ? AND role = ?""")
				.params(target, user.id().value(), now, districtCode, role.name()).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO visit_monthly_target (district_code, role, monthly_target, set_by, set_at, version)
					VALUES (?, ?, ?, ?, ?, 0)""").params(districtCode, role.name(), target, user.id().value(), now).update();
		}
		return targetsOf(districtCode);
	}

	/** Progress of each visiting colleague of the office and of the office (404 outside the scope). */
	public OfficeProgress progress(String officeCode, YearMonth month) {
		access.requireOfficeAndRole(officeCode, "office", officeCode, VisitSafetyAccess.PROGRESS);
		return compute(officeCode, month);
	}

	OfficeProgress compute(String officeCode, YearMonth month) {
		var office = units.find(officeCode).filter(OrgUnit::isOffice)
				.orElseThrow(() -> new NotFoundException("office", officeCode));
		var targets = targetsOf(units.districtOf(officeCode).map(OrgUnit::code).orElse(""));
		Map<UUID, UserSummary> staff = new HashMap<>();
		Map<UUID, Role> roleOf = new HashMap<>();
		for (var role : VisitSafetyAccess.VISITORS) {
			for (var u : users.withRoleAt(role, officeCode)) {
				if (!u.active()) {
					continue;
				}
				staff.putIfAbsent(u.id().value(), u);
				roleOf.merge(u.id().value(), role, (a, b) -> targets.get(a) <= targets.get(b) ? a : b);
			}
		}
		var counts = visits.householdsVisitedByStaff(staff.keySet(), month.atDay(1), month.plusMonths(1).atDay(1));
		List<PersonProgress> people = new ArrayList<>();
		for (var e : staff.entrySet()) {
			var role = roleOf.get(e.getKey());
			people.add(new PersonProgress(e.getKey(), e.getValue().name(), role, targets.get(role),
					counts.getOrDefault(e.getKey(), 0L)));
		}
		people.sort(java.util.Comparator.comparing((PersonProgress p) -> List.of(VisitSafetyAccess.VISITORS).indexOf(p.role()))
				.thenComparing(PersonProgress::name));
		long visited = visits.householdsVisitedByOffice(List.of(officeCode), month.atDay(1), month.plusMonths(1).atDay(1))
				.getOrDefault(officeCode, 0L);
		return new OfficeProgress(officeCode, office.name(), month, people, visited,
				people.stream().mapToInt(PersonProgress::target).sum());
	}

	@Override
	public List<OfficeVisits> ofOffices(Collection<String> officeCodes, YearMonth month) {
		return officeCodes.stream().map(code -> {
			var p = compute(code, month);
			return new OfficeVisits(code, p.householdsVisited(), p.target());
		}).toList();
	}
}
