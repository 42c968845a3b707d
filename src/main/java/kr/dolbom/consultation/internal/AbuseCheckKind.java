package kr.dolbom.consultation.internal;

import java.util.List;

/**
 * The three abuse checklists of appendix 5 (취약계층 학대 예방 및 점검) with their items and the
 * mandatory report channels the appendix names. The appendix's own checklist tables are images in
 * the source; the items below follow the signs the appendix lists for each ("신체·정서·성학대 및 방임
 * 징후", "소재에 대한 보호자의 설명이 불분명한 경우", "부양 의무자의 부양이 적절치 않은 경우", "서비스
 * 연계기관이 … 의심상황을 보고하는 경우") and the legal definitions it cites (아동복지법 §3 7호, 노인복지법
 * §1조의2 4호, 장애인복지법 §2③). "1개 문항 이상 '예'라고 체크된 경우, … 학대를 의심해 볼 수 있는 상황이므로
 * … 신고".
 */
public enum AbuseCheckKind {

	/** 아동학대: "112로 즉시 신고 또는 아동보호전문기관에 상담 후 신고". */
	CHILD(List.of("PHYSICAL", "EMOTIONAL", "SEXUAL", "NEGLECT", "WHEREABOUTS_UNCLEAR", "AGENCY_REPORT"),
			List.of(ReportChannel.POLICE_112, ReportChannel.CHILD_PROTECTION_AGENCY)),
	/** 노인학대: "노인보호전문기관(110) 및 경찰서(112)로 즉시 신고". */
	ELDER(List.of("PHYSICAL", "EMOTIONAL", "SEXUAL", "ECONOMIC", "NEGLECT", "INADEQUATE_SUPPORT", "AGENCY_REPORT"),
			List.of(ReportChannel.ELDER_PROTECTION_AGENCY, ReportChannel.POLICE_112)),
	/** 장애인학대: "112 또는 발달장애인지원센터(1522-2882), 장애인권익옹호기관으로 즉시 신고". */
	DISABILITY(List.of("PHYSICAL", "EMOTIONAL", "SEXUAL", "ECONOMIC", "NEGLECT", "WHEREABOUTS_UNCLEAR", "AGENCY_REPORT"),
			List.of(ReportChannel.POLICE_112, ReportChannel.DISABILITY_RIGHTS_AGENCY,
					ReportChannel.DEVELOPMENTAL_DISABILITY_CENTRE));

	/** Where a suspected case is reported. */
	public enum ReportChannel {
		POLICE_112, CHILD_PROTECTION_AGENCY, ELDER_PROTECTION_AGENCY, DISABILITY_RIGHTS_AGENCY,
		DEVELOPMENTAL_DISABILITY_CENTRE
	}

	private final List<String> items;
	private final List<ReportChannel> channels;

	AbuseCheckKind(List<String> items, List<ReportChannel> channels) {
		this.items = items;
		this.channels = channels;
	}

	public List<String> items() {
		return items;
	}

	public List<ReportChannel> channels() {
		return channels;
	}

	public String itemKey(String item) {
		return "abuse.item." + name() + "." + item;
	}
}
