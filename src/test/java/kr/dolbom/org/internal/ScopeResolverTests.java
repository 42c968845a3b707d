package kr.dolbom.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.dolbom.org.Role;
import kr.dolbom.org.RoleGrant;
import kr.dolbom.org.Team;
import kr.dolbom.org.TeamKind;
import kr.dolbom.org.TeamModel;

/**
 * domain.md §1: a 읍면동 user sees that 읍면동 (or the offices its 권역형 team serves), a 시군구 user
 * all its 읍면동, a 시도 user all its 시군구; nobody sees outside their scope.
 */
class ScopeResolverTests {

	private final OrgDirectory units = TestOrg.units();
	private final ScopeResolver resolver = new ScopeResolver(units);

	@Test
	void anOfficeWorkerSeesTheirOffice() {
		var scope = resolver.resolve(List.of(new RoleGrant(Role.SOCIAL_WORKER, "4415057000")), null);
		assertThat(scope.offices()).containsExactly("4415057000");
		assertThat(scope.coversOffice("4415059000")).isFalse();
	}

	@Test
	void aRegionalTeamMemberSeesEveryOfficeTheTeamServes() {
		var team = new Team(UUID.randomUUID(), "유구읍 권역", TeamKind.OUTREACH, TeamModel.REGIONAL, "4415025000",
				List.of("4415025000", "4415039000", "4415040000"), 0);
		var scope = resolver.resolve(List.of(new RoleGrant(Role.SOCIAL_WORKER, "4415025000")), team);
		assertThat(scope.offices()).containsExactlyInAnyOrder("4415025000", "4415039000", "4415040000");
	}

	@Test
	void theWelfareAdminTeamDoesNotFollowTheOutreachTeamsRegion() {
		var team = new Team(UUID.randomUUID(), "유구읍 권역", TeamKind.OUTREACH, TeamModel.REGIONAL, "4415025000",
				List.of("4415025000", "4415039000"), 0);
		var scope = resolver.resolve(List.of(new RoleGrant(Role.WELFARE_ADMIN, "4415025000")), team);
		assertThat(scope.offices()).containsExactly("4415025000");
	}

	@Test
	void aDistrictUserSeesAllItsOffices() {
		var scope = resolver.resolve(List.of(new RoleGrant(Role.DISTRICT_SUPPORT, "4415000000")), null);
		assertThat(scope.offices()).hasSize(6).doesNotContain("4476025000");
	}

	@Test
	void aProvinceSupervisorSeesAllDistrictsOfTheProvince() {
		var scope = resolver.resolve(List.of(new RoleGrant(Role.SUPERVISOR, "4400000000")), null);
		assertThat(scope.offices()).hasSize(7).contains("4476025000");
	}

	@Test
	void theAdministratorSeesTheHierarchyButNoResidents() {
		var scope = resolver.resolve(List.of(new RoleGrant(Role.ADMIN, "4400000000")), null);
		assertThat(scope.seesPersonalData()).isFalse();
		assertThat(resolver.canSeeOrgUnit(scope, "4476025000")).isTrue();
	}

	@Test
	void aPartnerCaseManagerSeesNoOfficeOfResidents() {
		var scope = resolver.resolve(List.of(new RoleGrant(Role.PARTNER_CASE_MANAGER, "4415000000")), null);
		assertThat(scope.seesPersonalData()).isFalse();
	}

	@Test
	void orgDataIsVisibleWithinBelowAndAboveTheScopeOnly() {
		var scope = resolver.resolve(List.of(new RoleGrant(Role.SOCIAL_WORKER, "4415057000")), null);
		assertThat(resolver.canSeeOrgUnit(scope, "4415057000")).isTrue();
		assertThat(resolver.canSeeOrgUnit(scope, "4415000000")).isTrue();
		assertThat(resolver.canSeeOrgUnit(scope, "4400000000")).isTrue();
		assertThat(resolver.canSeeOrgUnit(scope, "4415059000")).isFalse();
		assertThat(resolver.canSeeOrgUnit(scope, "4476000000")).isFalse();
	}
}
