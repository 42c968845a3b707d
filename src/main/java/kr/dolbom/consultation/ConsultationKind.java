package kr.dolbom.consultation;

public enum ConsultationKind {
	/** 초기상담 — the entry of every case (manual 1-2 ④). */
	INITIAL,
	/** 종합상담 창구 (manual 1-2 ①) */
	DESK,
	/** 찾아가는 보건복지상담 (manual 1-2 ③) */
	OUTREACH,
	/** 모니터 상담 of existing recipients */
	MONITOR,
	/** 간호사 건강 방문 (manual 1-4) */
	HEALTH
}
