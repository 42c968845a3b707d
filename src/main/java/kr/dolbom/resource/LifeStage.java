package kr.dolbom.resource;

/**
 * 생애주기 of the eligibility criteria (appendix 7 ②), by age in full years on the day of the
 * question: 영유아 0–5, 아동 6–12, 청소년 13–18, 청년 19–34, 중장년 35–64, 노년 65+.
 */
public enum LifeStage {
	INFANT(0, 5), CHILD(6, 12), YOUTH(13, 18), YOUNG_ADULT(19, 34), MIDDLE_AGED(35, 64), ELDERLY(65, 200);

	private final int fromAge;
	private final int toAge;

	LifeStage(int fromAge, int toAge) {
		this.fromAge = fromAge;
		this.toAge = toAge;
	}

	public int fromAge() {
		return fromAge;
	}

	/** Inclusive; 200 for "and older". */
	public int toAge() {
		return toAge;
	}

	public static LifeStage ofAge(int age) {
		for (var stage : values()) {
			if (age >= stage.fromAge && age <= stage.toAge) {
				return stage;
			}
		}
		throw new IllegalArgumentException("age " + age);
	}
}
