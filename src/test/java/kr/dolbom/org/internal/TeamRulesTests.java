package kr.dolbom.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.dolbom.org.TeamKind;
import kr.dolbom.org.TeamModel;
import kr.dolbom.shared.FieldProblem;
import kr.dolbom.shared.ValidationFailed;

/** manual 1-1 찾아가는 보건복지팀 모형: the model decides which offices a team serves. */
class TeamRulesTests {

	private final OrgDirectory units = TestOrg.units();

	private List<String> problems(TeamKind kind, TeamModel model, String home, List<String> offices) {
		var failure = catchThrowableOfType(ValidationFailed.class,
				() -> TeamRules.check("팀", kind, model, units.find(home).orElse(null), offices, units));
		return failure == null ? List.of() : failure.problems().stream().map(FieldProblem::messageKey).toList();
	}

	@Test
	void basicTeamServesItsOwnOffice() {
		assertThat(problems(TeamKind.OUTREACH, TeamModel.BASIC, "4415057000", List.of("4415057000"))).isEmpty();
		assertThat(problems(TeamKind.OUTREACH, TeamModel.BASIC, "4415057000", List.of("4415057000", "4415059000")))
				.containsExactly("validation.team.office-count");
	}

	@Test
	void regionalTeamServesTwoToFourOfficesOfOneDistrictIncludingItsBase() {
		assertThatNoException().isThrownBy(() -> TeamRules.check("권역", TeamKind.OUTREACH, TeamModel.REGIONAL,
				units.get("4415025000"), List.of("4415025000", "4415039000", "4415040000"), units));
		assertThat(problems(TeamKind.OUTREACH, TeamModel.REGIONAL, "4415025000", List.of("4415025000")))
				.containsExactly("validation.team.office-count");
		assertThat(problems(TeamKind.OUTREACH, TeamModel.REGIONAL, "4415025000",
				List.of("4415025000", "4415039000", "4415040000", "4415037000", "4415059000")))
				.containsExactly("validation.team.office-count");
		assertThat(problems(TeamKind.OUTREACH, TeamModel.REGIONAL, "4415025000", List.of("4415039000", "4415040000")))
				.containsExactly("validation.team.includes-home");
	}

	@Test
	void regionalTeamCannotReachIntoAnotherDistrict() {
		assertThat(problems(TeamKind.OUTREACH, TeamModel.REGIONAL, "4415057000", List.of("4415057000", "4476025000")))
				.containsExactly("validation.team.same-district");
	}

	@Test
	void districtSupportGroupSitsAtTheDistrict() {
		assertThat(problems(TeamKind.DISTRICT_SUPPORT, null, "4415000000", List.of())).isEmpty();
		assertThat(problems(TeamKind.DISTRICT_SUPPORT, null, "4415057000", List.of()))
				.containsExactly("validation.team.district-home");
	}

	@Test
	void onlyOutreachTeamsHaveAModel() {
		assertThat(problems(TeamKind.WELFARE_ADMIN, TeamModel.BASIC, "4415057000", List.of("4415057000")))
				.containsExactly("validation.team.model-outreach-only");
		assertThat(problems(TeamKind.OUTREACH, null, "4415057000", List.of("4415057000")))
				.containsExactly("validation.required");
	}
}
