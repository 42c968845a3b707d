/**
 * Organisation: the administrative hierarchy (시도 → 시군구 → 읍면동) with official codes, teams
 * and their models, users, roles bound to org units, authentication and the caller's scope.
 * Every module asks this one "who is calling and what may they see".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "shared")
package kr.dolbom.org;
