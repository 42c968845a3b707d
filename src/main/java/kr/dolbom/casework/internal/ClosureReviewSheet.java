package kr.dolbom.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import kr.dolbom.casework.domain.Assessment;
import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.shared.print.FormTexts;
import kr.dolbom.shared.print.PrintedForm;
import kr.dolbom.shared.print.PrintedForm.Column;
import kr.dolbom.shared.print.PrintedForm.Field;

/**
 * 종결심사서 (manual 1-2 ④ ⑨): the closure type and reason, goal attainment against the plan's
 * goals, the change of the crisis scores between the first assessment and the re-assessment before
 * closure, the follow-up plan and schedule, and the decision of the team lead — "서비스 제공계획에
 * 따른 목표달성 정도, 변화정도, 사후관리계획 정리"; closing on short-term goals only states why.
 */
final class ClosureReviewSheet {

	private ClosureReviewSheet() {
	}

	record Review(ClosureRepository.Closure closure, String meetingLine, ServicePlan plan, Assessment first,
			Assessment latest, List<ClosureRepository.FollowUp> followUps) {
	}

	static byte[] render(FormTexts t, CaseSheetHeader h, Review r, Map<String, String> domainNames) {
		var x = r.closure();
		var decision = x.decision() == null ? t.get("caseform.closure.pending") : t.get("caseform.closure." + x.decision());
		var form = PrintedForm.a4(t.get("caseform.closure.title"), h.printedBy())
				.subtitle(h.officeFullName())
				.section(t.get("caseform.section.client"))
				.fields(2, h.fields(t))
				.section(t.get("caseform.closure.section"))
				.fields(2, List.of(new Field(t.get("caseform.closure.type"), t.get("case.closure.type." + x.type().name())),
						new Field(t.get("case.closure.plannedOn"), t.date(x.plannedOn())),
						new Field(t.get("caseform.closure.meeting"), r.meetingLine()),
						new Field(t.get("caseform.closure.decision"), decision)));
		form.section(t.get("caseform.closure.goals"));
		if (r.plan() != null && !r.plan().goals().isEmpty()) {
			form.table(List.of(new Column(t.get("caseform.domain"), 1.3f), new Column(t.get("caseform.term"), 1.3f),
					new Column(t.get("caseform.goal"), 4.2f)),
					r.plan().goals().stream().map(g -> List.of(domainNames.getOrDefault(g.domainCode(), g.domainCode()),
							t.get("case.plan.term." + g.term().name()), g.text())).toList(), 0);
		}
		form.writingLines(t.get("case.closure.goalAttainment"), x.goalAttainment(), 1);
		if (r.first() != null && r.latest() != null) {
			form.section(t.get("caseform.closure.scores"))
					.table(List.of(new Column(t.get("caseform.domain"), 1.6f),
							new Column(t.get("caseform.closure.first", t.date(r.first().assessedOn())), 1.5f),
							new Column(t.get("caseform.closure.latest", t.date(r.latest().assessedOn())), 1.5f),
							new Column(t.get("caseform.closure.delta"), 1f)),
							scoreRows(r.first(), r.latest(), domainNames), 0);
		}
		form.section(t.get("caseform.closure.change"))
				.writingLines(t.get("case.closure.change"), x.changeSummary(), 1)
				.writingLines(t.get("case.closure.followUpPlan"), x.followUpPlan(), 1);
		if (!r.followUps().isEmpty()) {
			form.table(List.of(new Column(t.get("caseform.closure.followUpKind"), 2f),
					new Column(t.get("caseform.closure.followUpDue"), 1.5f), new Column(t.get("caseform.closure.followUpDone"), 1.5f)),
					r.followUps().stream().map(f -> List.of(t.get("case.followUp.kind." + f.kind().name()), t.date(f.dueOn()),
							t.date(f.doneOn()))).toList(), 0);
		}
		var remarks = new ArrayList<String>();
		if (x.shortTermOnly()) {
			remarks.add(t.get("caseform.closure.shortTermOnly"));
		}
		if (x.reason() != null) {
			remarks.add(x.reason());
		}
		form.writingLines(t.get("caseform.closure.remarks"), String.join(" — ", remarks), 2)
				.keepTogether(120)
				.signatures(x.decision() == null ? t.blankDate() : t.date(h.file().closedOn()),
						List.of(new Field(t.get("caseform.signer.manager"), h.managerName()),
								new Field(t.get("caseform.signer.lead"), "")),
						t.get("caseform.signHere"));
		return form.toPdf();
	}

	private static List<List<String>> scoreRows(Assessment first, Assessment latest, Map<String, String> domainNames) {
		var before = first.domainScores();
		var after = latest.domainScores();
		var codes = new LinkedHashSet<String>(before.keySet());
		codes.addAll(after.keySet());
		List<List<String>> rows = new ArrayList<>();
		for (var code : codes) {
			var b = before.get(code);
			var a = after.get(code);
			var delta = a == null || b == null ? "" : a - b == 0 ? "0" : String.format("%+d", a - b);
			rows.add(List.of(domainNames.getOrDefault(code, code), b == null ? "" : b.toString(),
					a == null ? "" : a.toString(), delta));
		}
		return rows;
	}
}
