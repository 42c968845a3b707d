package kr.dolbom.org;

import java.util.List;
import java.util.Optional;

/** The administrative hierarchy in force today. Reference data: no scope applies here. */
public interface OrgUnits {

	Optional<OrgUnit> find(String code);

	/** @throws kr.dolbom.shared.NotFoundException when no unit in force has this code */
	OrgUnit get(String code);

	List<OrgUnit> children(String code);

	List<OrgUnit> provinces();

	/** Every 읍면동 below (or equal to) the given unit. */
	List<OrgUnit> officesUnder(String code);

	/** The unit and its ancestors, nearest first. */
	List<OrgUnit> ancestorsOrSelf(String code);

	/** The 시군구 an office belongs to; for 일반구 this is the 구, whose parent is the city. */
	Optional<OrgUnit> districtOf(String code);

	boolean isWithin(String code, String ancestorCode);
}
