package kr.dolbom.discovery;

/** Where a 처리대상자 continues (domain.md §6): initial consultation, then benefits, private resources or a case. */
public enum SupportRoute {
	INITIAL_CONSULTATION, BENEFIT_APPLICATION, PRIVATE_RESOURCE, CASE_MANAGEMENT
}
