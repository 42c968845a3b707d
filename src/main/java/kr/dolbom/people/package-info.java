/**
 * People and privacy: persons (대상자) with their protected resident registration numbers,
 * households and members, moves, consents with their signed forms, and duplicate detection.
 * Every access to a person or household is written to the access log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = { "shared", "org", "audit" })
package kr.dolbom.people;
