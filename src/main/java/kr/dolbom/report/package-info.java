/**
 * Reporting: the home page of each role, dashboards, statistics, exports and printable forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports", allowedDependencies = { "shared", "org", "audit", "casework", "deadline", "consultation" })
package kr.dolbom.report;
