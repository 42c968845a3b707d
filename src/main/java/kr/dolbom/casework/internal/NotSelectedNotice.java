package kr.dolbom.casework.internal;

import java.util.List;

import kr.dolbom.shared.print.FormTexts;
import kr.dolbom.shared.print.PrintedForm;
import kr.dolbom.shared.print.PrintedForm.Field;

/**
 * 미선정 통지서 (manual 1-2 ④ ⑥ 대상자 구분 및 선정: "미선정 처리로 결정된 가구에 대해 미선정 사유를
 * 명확하게 기재하여 서면 통보"): a letter to the client from the head of the office, with the decision,
 * its reason, and where to turn next. The decision is to be notified within 60 days of the
 * application (domain.md §4.7, 사회보장급여법 §9③).
 */
final class NotSelectedNotice {

	private NotSelectedNotice() {
	}

	static byte[] render(FormTexts t, CaseSheetHeader h, CaseRepository.Notice notice) {
		var c = h.file();
		return PrintedForm.a4(t.get("caseform.notice.title"), h.printedBy())
				.subtitle(t.get("caseform.notice.issued", t.date(notice.issuedOn())))
				.paragraph(t.get("caseform.notice.to", h.person().name()))
				.paragraph(t.get("caseform.notice.address", h.household() == null ? "" : h.household().addressLine()))
				.paragraph(t.get("caseform.notice.body"))
				.fields(2, List.of(new Field(t.get("caseform.name"), h.person().name()),
						new Field(t.get("caseform.birth"), t.date(h.person().birthDate())),
						new Field(t.get("caseform.openedOn"), t.date(c.openedOn())),
						new Field(t.get("caseform.notice.decidedOn"), t.date(c.selectedOn())),
						new Field(t.get("caseform.notice.decision"), t.get("case.selection.NOT_SELECTED")),
						new Field(t.get("caseform.office"), h.officeName())))
				.writingLines(t.get("caseform.notice.reason"), notice.text(), 0)
				.paragraph(t.get("caseform.notice.next", h.officeName()))
				.note(t.get("caseform.notice.privacy"))
				.paragraph(t.date(notice.issuedOn()))
				.issuer(t.get("caseform.notice.issuer", h.officeFullName()))
				.toPdf();
	}
}
