package kr.dolbom.org;

import java.util.List;
import java.util.UUID;

/**
 * A team at a 읍면동 (outreach or welfare administration) or a 시군구 (희망복지지원단). {@code model}
 * is set for outreach teams only; {@code servedOffices} are the 읍면동 the team works for.
 */
public record Team(UUID id, String name, TeamKind kind, TeamModel model, String homeUnitCode,
		List<String> servedOffices, int version) {

	public Team {
		servedOffices = List.copyOf(servedOffices);
	}
}
