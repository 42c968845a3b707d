package kr.dolbom.consultation.internal;

/**
 * How a monitor consultation was held (manual 1-2 ③: "담당자의 가구방문 외에 전화모니터 상담, 복지위원 등
 * 지역자원 활용, … 방문형 서비스 종사자와의 연계 등 다양한 방법 활용").
 */
public enum MonitorMethod {
	VISIT, PHONE, LOCAL_RESOURCE, SERVICE_WORKER
}
