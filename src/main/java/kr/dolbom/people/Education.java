package kr.dolbom.people;

public enum Education {
	NONE, PRESCHOOL, ELEMENTARY, MIDDLE, HIGH, COLLEGE, GRADUATE, UNKNOWN
}
