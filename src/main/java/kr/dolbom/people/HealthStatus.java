package kr.dolbom.people;

public enum HealthStatus {
	GOOD, FAIR, POOR, SERIOUS, UNKNOWN
}
