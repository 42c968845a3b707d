package kr.dolbom.shared.export;

import java.time.OffsetDateTime;

/**
 * Who exported what, when and why — written under the data and into the print footer of every
 * exported sheet, so that a copy found later names its origin (quality.md: every download states a
 * reason).
 *
 * @param exportedBy the user's name and username, e.g. "이지은 (demo.worker)"
 * @param what the list and its filter, e.g. "통합사례관리 사례 목록 · 단계: 전체"
 */
public record ExportStamp(String exportedBy, String what, OffsetDateTime at, String purpose) {
}
