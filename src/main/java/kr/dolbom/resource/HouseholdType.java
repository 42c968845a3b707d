package kr.dolbom.resource;

/** 가구유형 of the eligibility criteria (appendix 7 ②), derived from the household's members. */
public enum HouseholdType {
	/** 1인 가구 */
	SINGLE_PERSON,
	/** 노인 가구: every member is 65 or older */
	ELDERLY_ONLY,
	/** 한부모 가구: head with children under 19 and no spouse */
	SINGLE_PARENT,
	/** 조손 가구: grandchildren under 19 without a member of the parents' generation */
	GRANDPARENT_GRANDCHILD,
	/** 다자녀 가구: three or more children under 19 */
	MULTI_CHILD
}
