package kr.dolbom.casework.internal;

import java.util.List;

import kr.dolbom.shared.print.FormTexts;
import kr.dolbom.shared.print.PrintedForm;
import kr.dolbom.shared.print.PrintedForm.Column;
import kr.dolbom.shared.print.PrintedForm.Field;

/**
 * The summary of a case meeting for outside participants (manual 사례회의 진행 가이드라인 ①: "개인
 * 식별이 가능한 정보(성명, 주민등록번호, 핸드폰번호, 이메일주소 등)는 삭제"): per case the client as 김*용
 * with age and sex, the household size, the needs and crisis scores, and the minutes — every free
 * text scrubbed by {@link DeIdentifier}. Participants appear by agency and role only: a participant
 * may be the client or a relative.
 */
final class MeetingSummarySheet {

	private MeetingSummarySheet() {
	}

	record CaseSummary(String maskedName, int age, String sexLabel, int householdSize, String selection,
			List<List<String>> needs, String discussion, String decisions, String roles, String nextSteps) {
	}

	static byte[] render(FormTexts t, MeetingRepository.Meeting meeting, String unitName, String printedBy,
			List<CaseSummary> cases) {
		var form = PrintedForm.a4(t.get("caseform.meeting.title"), printedBy)
				.subtitle(t.get("caseform.meeting.deidentified"))
				.fields(2, List.of(new Field(t.get("caseform.meeting.date"), t.date(meeting.heldOn())),
						new Field(t.get("caseform.meeting.kind"), t.get("case.meeting.kind." + meeting.kind().name())
								+ (meeting.written() ? " (" + t.get("caseform.meeting.written") + ")" : "")),
						new Field(t.get("caseform.meeting.unit"), unitName),
						new Field(t.get("caseform.meeting.caseCount"), String.valueOf(cases.size()))))
				.section(t.get("caseform.meeting.participants"))
				.table(List.of(new Column(t.get("caseform.meeting.agency"), 3f), new Column(t.get("caseform.meeting.role"), 2f)),
						meeting.participants().stream().map(p -> List.of(p.agency(), p.role() == null ? "" : p.role()))
								.toList(), 0);
		int n = 1;
		for (var c : cases) {
			form.section(t.get("caseform.meeting.case", n++))
					.fields(2, List.of(new Field(t.get("caseform.meeting.client"), c.maskedName()),
							new Field(t.get("caseform.meeting.ageSex"), t.get("caseform.meeting.age", c.age()) + " · " + c.sexLabel()),
							new Field(t.get("caseform.members"), t.get("caseform.memberCount", c.householdSize())),
							new Field(t.get("caseform.selection"), c.selection())));
			if (!c.needs().isEmpty()) {
				form.table(List.of(new Column(t.get("caseform.domain"), 1.3f), new Column(t.get("caseform.need"), 4.2f),
						new Column(t.get("caseform.crisis"), 0.9f)), c.needs(), 0);
			}
			form.writingLines(t.get("case.meeting.discussion"), c.discussion(), 0)
					.writingLines(t.get("case.meeting.decisions"), c.decisions(), 0)
					.writingLines(t.get("caseform.meeting.roles"), c.roles(), 0)
					.writingLines(t.get("caseform.meeting.nextSteps"), c.nextSteps(), 0);
		}
		return form.note(t.get("caseform.meeting.confidential")).toPdf();
	}
}
