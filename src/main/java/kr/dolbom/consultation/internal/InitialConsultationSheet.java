package kr.dolbom.consultation.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import kr.dolbom.consultation.NeedDomain;
import kr.dolbom.people.MemberProfile;
import kr.dolbom.shared.print.FormTexts;
import kr.dolbom.shared.print.PrintedForm;
import kr.dolbom.shared.print.PrintedForm.Column;
import kr.dolbom.shared.print.PrintedForm.Field;

/**
 * 초기상담지 (manual 1-2 ④ ② 초기상담): printed before the talk and written on by hand ("초기상담 시
 * 컴퓨터에 바로 입력하지 않고 수기로 기록"), pre-filled with the household members registered at the
 * address ("출력 시 … 주민등록에 등재된 가구원 인적사항 자동 출력") — relationship, birth date,
 * education, occupation, health, disability, contact — with empty rows for anyone else living there,
 * the main problems per member in the domains of the needs and crisis assessment with the client's
 * own priority, the reason for the referral and the help wanted.
 */
final class InitialConsultationSheet {

	private static final String BOX = "□ ";

	private InitialConsultationSheet() {
	}

	static byte[] render(FormTexts t, List<MemberProfile> household, String address, String officeFullName,
			List<NeedDomain> domains, List<String> routes, String printedBy, LocalDate today) {
		var client = household.get(0);
		var form = PrintedForm.a4(t.get("consultationform.title"), printedBy)
				.subtitle(officeFullName)
				.section(t.get("consultationform.section.talk"))
				.fields(2, List.of(new Field(t.get("consultationform.date"), ""), new Field(t.get("consultationform.counsellor"), ""),
						new Field(t.get("consultationform.referredOn"), ""), new Field(t.get("consultationform.place"), ""),
						new Field(t.get("consultationform.referrer"), ""), new Field(t.get("consultationform.time"), "")))
				.writingLines(t.get("consultation.route"), BOX + String.join("  " + BOX, routes), 0)
				.section(t.get("consultationform.section.client"))
				.fields(2, List.of(new Field(t.get("consultationform.name"), client.name()),
						new Field(t.get("consultationform.rrn"), client.rrnMasked()),
						new Field(t.get("consultationform.address"), address),
						new Field(t.get("consultationform.phone"), client.phone())))
				.section(t.get("consultationform.section.household", household.size()))
				.table(List.of(new Column(t.get("consultationform.relationship"), 0.9f),
						new Column(t.get("consultationform.name"), 1f), new Column(t.get("consultationform.birth"), 1.3f),
						new Column(t.get("consultationform.education"), 0.9f),
						new Column(t.get("consultationform.occupation"), 1f), new Column(t.get("consultationform.health"), 1.1f),
						new Column(t.get("consultationform.disability"), 1.1f), new Column(t.get("consultationform.phone"), 1.4f)),
						household.stream().map(m -> row(t, m, today)).toList(), 2)
				.section(t.get("consultationform.section.problems"))
				.table(List.of(new Column(t.get("consultationform.domain"), 1.2f),
						new Column(t.get("consultationform.member"), 1f), new Column(t.get("consultationform.problem"), 3.8f),
						new Column(t.get("consultationform.priority"), 0.8f)),
						domains.stream().map(d -> List.of(d.name(), "", "", "")).toList(), 0)
				.writingLines(t.get("consultationform.reason"), null, 3)
				.writingLines(t.get("consultationform.wanted"), null, 3)
				.writingLines(t.get("consultationform.opinion"), null, 4)
				.writingLines(t.get("consultationform.next"), BOX + String.join("  " + BOX, List.of(
						t.get("consultationform.next.case"), t.get("consultationform.next.link"),
						t.get("consultationform.next.internal"), t.get("consultationform.next.external"),
						t.get("consultationform.next.info"))), 1)
				.note(t.get("consultationform.confidential"))
				.signatures(t.blankDate(), List.of(new Field(t.get("consultationform.counsellor"), "")),
						t.get("consultationform.signHere"));
		return form.toPdf();
	}

	private static List<String> row(FormTexts t, MemberProfile m, LocalDate today) {
		List<String> cells = new ArrayList<>();
		cells.add(m.relationship() == null ? "" : t.get("relationship." + m.relationship().name()));
		cells.add(m.name());
		cells.add(t.date(m.birthDate()) + " (" + t.get("consultationform.age", Period.between(m.birthDate(),
				m.deceasedOn() == null ? today : m.deceasedOn()).getYears()) + ")");
		cells.add(m.education() == null ? "" : t.get("education." + m.education().name()));
		cells.add(m.occupation() == null ? "" : m.occupation());
		cells.add((m.healthStatus() == null ? "" : t.get("health." + m.healthStatus().name()))
				+ (m.healthNote() == null || m.healthNote().isBlank() ? "" : " · " + m.healthNote()));
		cells.add(m.disabilityType() == null ? "" : t.get("disability." + m.disabilityType().name())
				+ (m.disabilityGrade() == null ? "" : " (" + t.get("disabilityGrade." + m.disabilityGrade().name()) + ")"));
		cells.add((m.phone() == null ? "" : m.phone())
				+ (m.contactNote() == null || m.contactNote().isBlank() ? "" : " " + m.contactNote()));
		return cells;
	}
}
