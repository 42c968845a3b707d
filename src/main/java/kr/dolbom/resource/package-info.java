/**
 * Welfare resources (복지자원 통합관리, manual appendix 7): the directory of public and private
 * providers (제공주체) and their services (제공 서비스) with standardised names and eligibility,
 * approval by the 시군구 resource manager, duplicate checks and merges, search, periodic
 * overhauls (일제정비), import and export (CSV, Open Referral HSDS), and closed-loop linkage
 * requests of persons (later: cases) to services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources",
		allowedDependencies = { "shared", "org", "people", "audit" })
package kr.dolbom.resource;
