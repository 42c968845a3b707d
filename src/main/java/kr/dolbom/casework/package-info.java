/**
 * Integrated case management (통합사례관리, manual 1-2 ④ and the 2023 release): cases from intake
 * to closure and follow-up — assessments, case meetings, selection, service plans, checks,
 * closure, follow-ups, referrals to other programmes, joint case management and transfers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case work",
		allowedDependencies = { "shared", "org", "people", "audit", "consultation", "deadline", "resource" })
package kr.dolbom.casework;
