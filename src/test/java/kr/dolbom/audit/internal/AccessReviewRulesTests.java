package kr.dolbom.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.dolbom.audit.internal.AccessReviewRules.Activity;
import kr.dolbom.audit.internal.AccessReviewRules.Flag;

/**
 * 개인정보의 안전성 확보조치 기준 §8②: the access records are checked at least monthly, and a download
 * found must have its reason confirmed; quality.md names "unusual volumes, downloads".
 */
class AccessReviewRulesTests {

	private static Activity user(String name, long persons) {
		return new Activity(name, persons * 2, persons, 0, 0, 0);
	}

	@Test
	void aUserWhoSawMoreThanThreeTimesTheMedianOfResidentsStandsOut() {
		var users = List.of(user("a", 100), user("b", 120), user("c", 110), user("d", 400));
		long median = AccessReviewRules.medianPersons(users);
		assertThat(median).isEqualTo(115);
		assertThat(AccessReviewRules.flags(users.get(3), median)).containsExactly(Flag.HIGH_VOLUME);
		assertThat(AccessReviewRules.flags(user("e", 345), median)).isEmpty();
	}

	@Test
	void aSmallOfficeIsNotFlaggedForVolumeBelowTheFloor() {
		// median 10: three times is 30, but 150 residents a month is ordinary work
		assertThat(AccessReviewRules.flags(user("x", 150), 10)).doesNotContain(Flag.HIGH_VOLUME);
		assertThat(AccessReviewRules.flags(user("x", 201), 10)).contains(Flag.HIGH_VOLUME);
	}

	@Test
	void everyDownloadAndEveryRevealIsShownForItsReasonAndLateWorkFromFiveEntries() {
		assertThat(AccessReviewRules.flags(new Activity("u", 3, 1, 1, 0, 0), 1)).containsExactly(Flag.DOWNLOADS);
		assertThat(AccessReviewRules.flags(new Activity("u", 3, 1, 0, 1, 0), 1)).containsExactly(Flag.REVEALS);
		assertThat(AccessReviewRules.flags(new Activity("u", 9, 1, 0, 0, 4), 1)).isEmpty();
		assertThat(AccessReviewRules.flags(new Activity("u", 9, 1, 0, 0, 5), 1)).containsExactly(Flag.AFTER_HOURS);
	}

	@Test
	void theMedianOfAnEvenNumberIsTheMeanOfTheMiddleTwoAndOfNoneIsZero() {
		assertThat(AccessReviewRules.medianPersons(List.of(user("a", 1), user("b", 3)))).isEqualTo(2);
		assertThat(AccessReviewRules.medianPersons(List.of())).isZero();
	}
}
