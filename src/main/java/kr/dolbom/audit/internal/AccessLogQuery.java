package kr.dolbom.audit.internal;

import java.time.OffsetDateTime;

import kr.dolbom.audit.AccessAction;

/** Filters of the access-log search; null means "any". */
public record AccessLogQuery(OffsetDateTime from, OffsetDateTime to, String username, String subjectType,
		String subjectId, AccessAction action) {
}
