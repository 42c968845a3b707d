package kr.dolbom.org;

import java.util.List;
import java.util.UUID;

/**
 * The staff part of the district dataset (quality.md: 100 users): every 읍면동 of the 시군구 gets an
 * outreach team (the demo one where it exists) with a team lead, social workers and a nurse, and
 * the 시군구 a few 희망복지지원단 members, so that generated cases have real case managers and teams.
 * Loading it twice does nothing the second time. Only for benchmarks and trials: the accounts share
 * the demo password.
 */
public interface DistrictStaff {

	/** A case manager of an office: the user and their team. */
	record Worker(UserId id, String username, UUID teamId, String officeCode) {
	}

	/** Creates the staff if missing and returns the social workers per office (every office has some). */
	List<Worker> ensure(String districtCode);
}
