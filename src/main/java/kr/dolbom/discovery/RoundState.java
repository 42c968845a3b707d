package kr.dolbom.discovery;

/** CREATED (files being uploaded) → SCORED (scored, ranked, selected) → DISTRIBUTED. */
public enum RoundState {
	CREATED, SCORED, DISTRIBUTED
}
