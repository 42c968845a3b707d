package kr.dolbom.discovery;

/**
 * OPEN: distributed, waiting for the office's result; PROCESSED: a result is registered;
 * UNPROCESSED: closed 6 months after distribution without a result (appendix 1: "미처리 상태로
 * 마감 처리되어 실적에서 미처리자로 집계").
 */
public enum TargetStatus {
	OPEN, PROCESSED, UNPROCESSED
}
