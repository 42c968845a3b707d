package kr.dolbom.people;

import java.util.UUID;

/**
 * Residents of the try-it mode's demo data, so that other modules' demo records (consultations,
 * cases) can refer to them. All fictional.
 */
public final class DemoPeople {

	/** 김영희, 77, lives alone in 신관동: a case in service. */
	public static final PersonId KIM_YOUNGHEE = id(1);
	/** 박철수, head of a family of four after losing his job: selected, plan awaiting approval. */
	public static final PersonId PARK_CHULSOO = id(2);
	/** 최정숙, caring for her disabled son: initial consultation only, intake not yet requested. */
	public static final PersonId CHOI_JUNGSOOK = id(6);
	/** 최민호, her son with a severe physical disability: received weeks ago, assessment overdue. */
	public static final PersonId CHOI_MINHO = id(7);
	/** 정다은, single mother: case closed, follow-ups ahead. */
	public static final PersonId JUNG_DAEUN = id(8);
	/** 오미숙, hoarding and isolation: assessed, waiting for the selection meeting. */
	public static final PersonId OH_MISOOK = id(13);
	/** 윤재석, sudden debt: not selected after the meeting (a written notice was issued). */
	public static final PersonId YOON_JAESEOK = id(14);
	/** 서복남, frail elderly man: plan signed, first service check not yet done. */
	public static final PersonId SEO_BOKNAM = id(15);
	/** 문경호, recovering from alcohol dependency: closure requested, awaiting the team lead. */
	public static final PersonId MOON_KYUNGHO = id(16);
	/** 강민수 of 부여읍, outside the demo office's district: a case for scope checks. */
	public static final PersonId KANG_MINSOO = id(12);

	private DemoPeople() {
	}

	private static PersonId id(int n) {
		return new PersonId(UUID.fromString(String.format("0190f5a0-0000-7000-8000-d0000000%04d", n)));
	}
}
