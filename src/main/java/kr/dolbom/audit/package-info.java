/**
 * The personal-data access log (개인정보 접속기록): who saw, changed, exported or printed which
 * person or case, when, from where and for what purpose — append-only and hash-chained.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "org" })
package kr.dolbom.audit;
