package kr.dolbom.org;

/** The four models of an outreach team (manual 1-1); the model decides which offices it serves. */
public enum TeamModel {
	/** 기본형 — serves its own 읍면동, at least 4 staff including a nurse. */
	BASIC(1, 1),
	/** 권역형 — one team serves 2–4 읍면동 of the same 시군구. */
	REGIONAL(2, 4),
	/** 공공서비스 연계형 — at least 8 staff, extended services, its own 읍면동. */
	PUBLIC_SERVICE_LINKED(1, 1),
	/** 농어촌 특성화형 — rural, its own 읍면동. */
	RURAL(1, 1);

	private final int minOffices;
	private final int maxOffices;

	TeamModel(int minOffices, int maxOffices) {
		this.minOffices = minOffices;
		this.maxOffices = maxOffices;
	}

	public int minOffices() {
		return minOffices;
	}

	public int maxOffices() {
		return maxOffices;
	}
}
