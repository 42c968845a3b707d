package kr.dolbom.org.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.org.Permission;
import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.Team;
import kr.dolbom.org.TeamKind;
import kr.dolbom.org.TeamModel;
import kr.dolbom.org.UserId;
import kr.dolbom.shared.Ids;

/**
 * Teams and one user per role for the "try it" mode (never in {@code prod}, see ProductionGuard).
 * The usernames are part of the README and of acceptance scripts: keep them.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
class OrgDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrgDemoData.class);

	private final JdbcAccounts accounts;
	private final JdbcTeams teams;
	private final PasswordEncoder passwords;
	private final Clock clock;

	OrgDemoData(JdbcAccounts accounts, JdbcTeams teams, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.teams = teams;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.usernameTaken("demo.admin")) {
			return;
		}
		var sinGwanOutreach = team("신관동 찾아가는 보건복지팀", TeamKind.OUTREACH, TeamModel.BASIC, DemoOrg.OFFICE,
				List.of(DemoOrg.OFFICE));
		var sinGwanAdmin = team("신관동 복지행정팀", TeamKind.WELFARE_ADMIN, null, DemoOrg.OFFICE, List.of(DemoOrg.OFFICE));
		team("월송동 찾아가는 보건복지팀", TeamKind.OUTREACH, TeamModel.BASIC, DemoOrg.SECOND_OFFICE,
				List.of(DemoOrg.SECOND_OFFICE));
		team("유구읍 권역 찾아가는 보건복지팀", TeamKind.OUTREACH, TeamModel.REGIONAL, "4415025000",
				List.of("4415025000", "4415039000", "4415040000"));
		team("정안면 찾아가는 보건복지팀", TeamKind.OUTREACH, TeamModel.RURAL, "4415037000", List.of("4415037000"));
		var support = team("공주시 희망복지지원단", TeamKind.DISTRICT_SUPPORT, null, DemoOrg.DISTRICT, List.of());
		var buyeo = team("부여읍 찾아가는 보건복지팀", TeamKind.OUTREACH, TeamModel.BASIC, DemoOrg.OTHER_OFFICE,
				List.of(DemoOrg.OTHER_OFFICE));

		user("demo.worker", "이지은", Role.SOCIAL_WORKER, DemoOrg.OFFICE, sinGwanOutreach, null);
		var lead = user("demo.lead", "박성호", Role.TEAM_LEAD, DemoOrg.OFFICE, sinGwanOutreach, null);
		accounts.grantPermission(lead, Permission.RRN_REVEAL);
		user("demo.nurse", "최은영", Role.NURSE, DemoOrg.OFFICE, sinGwanOutreach, null);
		user("demo.admin-team", "정하늘", Role.WELFARE_ADMIN, DemoOrg.OFFICE, sinGwanAdmin, null);
		user("demo.head", "한동수", Role.OFFICE_HEAD, DemoOrg.OFFICE, null, null);
		user("demo.district", "윤서연", Role.DISTRICT_SUPPORT, DemoOrg.DISTRICT, support, null);
		user("demo.resource", "장민호", Role.RESOURCE_MANAGER, DemoOrg.DISTRICT, null, null);
		user("demo.province", "오지훈", Role.SUPERVISOR, DemoOrg.PROVINCE, null, null);
		user("demo.other", "강수진", Role.SOCIAL_WORKER, DemoOrg.OTHER_OFFICE, buyeo, null);
		user("demo.partner", "임소희", Role.PARTNER_CASE_MANAGER, DemoOrg.DISTRICT, null, "공주시종합사회복지관");
		user("demo.admin", "관리자", Role.ADMIN, DemoOrg.PROVINCE, null, null);
		log.info("Demo organisation loaded: 충청남도 공주시 신관동, password for every demo user: see README");
	}

	private UUID team(String name, TeamKind kind, TeamModel model, String home, List<String> offices) {
		return teams.insert(new Team(Ids.newId(), name, kind, model, home, offices, 0)).id();
	}

	private UserId user(String username, String name, Role role, String unit, UUID teamId, String agency) {
		var id = new UserId(Ids.newId());
		accounts.insert(new Account(id, username, name, passwords.encode(DemoOrg.PASSWORD), agency, teamId, true, false,
				0, false, 0, null, OffsetDateTime.now(clock), 0, List.of(), Set.of()));
		var grant = new RoleGrant(role, unit);
		accounts.grant(id, grant);
		accounts.recordGrantChange(id, grant, "GRANTED", null, "demo-data");
		return id;
	}
}
