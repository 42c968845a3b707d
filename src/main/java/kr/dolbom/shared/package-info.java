/**
 * Cross-cutting building blocks every module may use: error types that the web layer maps to
 * RFC 9457 problems, paging, the clock and the shared page layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kr.dolbom.shared;
