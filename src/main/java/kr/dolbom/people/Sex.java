package kr.dolbom.people;

public enum Sex {
	MALE, FEMALE
}
