package kr.dolbom.people;

/** What a person consented to (개인정보 수집·이용·제3자 제공 동의), as api.md names it. */
public enum ConsentScope {
	/** collection and use for integrated case management — required before intake */
	CASE_MANAGEMENT,
	/** sharing with partner agencies and case meetings with outside participants */
	THIRD_PARTY_SHARING,
	/** keeping counselling records */
	COUNSELLING_RECORD
}
