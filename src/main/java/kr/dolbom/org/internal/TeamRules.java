package kr.dolbom.org.internal;

import java.util.List;
import java.util.Set;

import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.TeamKind;
import kr.dolbom.org.TeamModel;
import kr.dolbom.shared.ValidationFailed;

/**
 * Which offices a team may serve (manual 1-1 찾아가는 보건복지팀 모형): an outreach team of the
 * 권역형 model serves 2–4 읍면동 of its own 시군구 including its base office; the other models and
 * the welfare administration team serve their own 읍면동; the 희망복지지원단 sits at a 시군구.
 */
final class TeamRules {

	private TeamRules() {
	}

	static void check(String name, TeamKind kind, TeamModel model, OrgUnit home, List<String> servedOffices,
			OrgUnits units) {
		var problems = new ValidationFailed.Collector()
				.rejectIf(name == null || name.isBlank(), "name", "validation.required")
				.rejectIf(kind == null, "kind", "validation.required");
		if (kind == null || home == null) {
			problems.rejectIf(home == null, "homeUnitCode", "validation.org-unit.unknown");
			problems.throwIfAny();
			return;
		}
		Set<String> served = Set.copyOf(servedOffices);
		switch (kind) {
			case DISTRICT_SUPPORT -> problems
					.rejectIf(home.level() != OrgUnitLevel.DISTRICT, "homeUnitCode", "validation.team.district-home")
					.rejectIf(model != null, "model", "validation.team.model-outreach-only")
					.rejectIf(!served.isEmpty(), "servedOffices", "validation.team.district-no-offices");
			case WELFARE_ADMIN -> problems
					.rejectIf(!home.isOffice(), "homeUnitCode", "validation.team.office-home")
					.rejectIf(model != null, "model", "validation.team.model-outreach-only")
					.rejectIf(!served.equals(Set.of(home.code())), "servedOffices", "validation.team.own-office-only");
			case OUTREACH -> {
				problems.rejectIf(!home.isOffice(), "homeUnitCode", "validation.team.office-home")
						.rejectIf(model == null, "model", "validation.required");
				if (model != null && home.isOffice()) {
					problems.rejectIf(!served.contains(home.code()), "servedOffices", "validation.team.includes-home")
							.rejectIf(served.size() < model.minOffices() || served.size() > model.maxOffices(),
									"servedOffices", "validation.team.office-count", model.minOffices(),
									model.maxOffices());
					var district = units.districtOf(home.code()).map(OrgUnit::code).orElse(null);
					boolean allInDistrict = served.stream().allMatch(code -> units.find(code)
							.filter(OrgUnit::isOffice)
							.flatMap(u -> units.districtOf(u.code()))
							.map(d -> d.code().equals(district)).orElse(false));
					problems.rejectIf(!allInDistrict, "servedOffices", "validation.team.same-district");
				}
			}
		}
		problems.throwIfAny();
	}
}
