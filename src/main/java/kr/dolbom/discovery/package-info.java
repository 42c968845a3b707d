/**
 * Blind-spot discovery (복지사각지대 발굴관리, domain.md §6 and seeds appendix 1): indicator kinds
 * and agency files, discovery rounds (ingest → score → rank → select → distribute) scored by
 * household, target processing by the 읍면동 workers, non-targets and their alerts,
 * self-managed targets, the map of utility-based indicators and the standard statistics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discovery",
		allowedDependencies = { "shared", "org", "people", "audit", "deadline", "consultation" })
package kr.dolbom.discovery;
