package kr.dolbom.org.internal.dataset;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.org.DistrictStaff;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.Team;
import kr.dolbom.org.TeamKind;
import kr.dolbom.org.TeamModel;
import kr.dolbom.org.UserId;
import kr.dolbom.org.internal.Account;
import kr.dolbom.org.internal.JdbcAccounts;
import kr.dolbom.org.internal.JdbcTeams;
import kr.dolbom.shared.Ids;

/** {@link DistrictStaff}: per office 1 team lead, 4 social workers and 1 nurse; 4 people at the 시군구. */
@Component
class DistrictStaffLoader implements DistrictStaff {

	static final int WORKERS_PER_OFFICE = 4;
	private static final String[] NAMES = { "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임" };
	private static final String[] GIVEN = { "민준", "서연", "지훈", "수빈", "현우", "지민", "예린", "도윤", "하은", "성호" };

	private final JdbcAccounts accounts;
	private final JdbcTeams teams;
	private final OrgUnits units;
	private final PasswordEncoder passwords;
	private final Clock clock;

	DistrictStaffLoader(JdbcAccounts accounts, JdbcTeams teams, OrgUnits units, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.teams = teams;
		this.units = units;
		this.passwords = passwords;
		this.clock = clock;
	}

	static String username(String officeCode, String what) {
		return "d" + officeCode.substring(4, 7) + "." + what;
	}

	@Override
	@Transactional
	public List<Worker> ensure(String districtCode) {
		var offices = units.officesUnder(districtCode).stream().map(OrgUnit::code).sorted().toList();
		var hash = passwords.encode(DemoOrg.PASSWORD);
		List<Worker> workers = new ArrayList<>();
		int n = 0;
		for (var office : offices) {
			var team = teams.serving(office).stream().filter(t -> t.kind() == TeamKind.OUTREACH).findFirst()
					.map(Team::id).orElse(null);
			if (team == null) {
				team = teams.insert(new Team(Ids.newId(), units.find(office).map(OrgUnit::name).orElse(office)
						+ " 찾아가는 보건복지팀", TeamKind.OUTREACH, TeamModel.BASIC, office, List.of(office), 0)).id();
			}
			user(username(office, "lead"), n++, Role.TEAM_LEAD, office, team, hash);
			user(username(office, "nurse"), n++, Role.NURSE, office, team, hash);
			for (int w = 1; w <= WORKERS_PER_OFFICE; w++) {
				var username = username(office, "sw" + w);
				workers.add(new Worker(user(username, n++, Role.SOCIAL_WORKER, office, team, hash), username, team, office));
			}
		}
		var support = teams.serving(districtCode).stream().filter(t -> t.kind() == TeamKind.DISTRICT_SUPPORT).findFirst()
				.map(Team::id).orElse(null);
		for (int s = 1; s <= 100 - 6 * offices.size() && s <= 10; s++) {
			user("d" + districtCode.substring(2, 4) + ".support" + s, n++, Role.DISTRICT_SUPPORT, districtCode, support,
					hash);
		}
		return workers;
	}

	private UserId user(String username, int n, Role role, String unit, UUID teamId, String hash) {
		var existing = accounts.findByUsername(username);
		if (existing.isPresent()) {
			return existing.get().id();
		}
		var id = new UserId(Ids.newId());
		var name = NAMES[n % NAMES.length] + GIVEN[(n / NAMES.length) % GIVEN.length];
		accounts.insert(new Account(id, username, name, hash, null, teamId, true, false, 0, false, 0, null,
				OffsetDateTime.now(clock), 0, List.of(), Set.of()));
		var grant = new RoleGrant(role, unit);
		accounts.grant(id, grant);
		accounts.recordGrantChange(id, grant, "GRANTED", null, "district-dataset");
		return id;
	}
}
