package kr.dolbom.discovery;

/** 처리대상자, 추가발굴대상자 (the original becomes a non-target "정보불일치"), 비대상자. */
public enum TargetResult {
	SUPPORT, ADDITIONAL, NON_TARGET
}
