package kr.dolbom.resource;

/** Closed loop of a linkage (domain.md §4.8, §7): request → accepted → completed, or rejected. */
public enum LinkageStatus {
	REQUESTED, ACCEPTED, COMPLETED, REJECTED;

	public boolean open() {
		return this == REQUESTED || this == ACCEPTED;
	}
}
