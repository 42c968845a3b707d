package kr.dolbom.casework.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import kr.dolbom.casework.domain.Assessment;
import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.shared.print.FormTexts;
import kr.dolbom.shared.print.PrintedForm;
import kr.dolbom.shared.print.PrintedForm.Column;
import kr.dolbom.shared.print.PrintedForm.Field;

/**
 * 서비스 제공계획 및 점검표 (manual 1-2 ④ ⑦, ⑧): the needs it answers, the short- and long-term
 * goals per domain from the client's perspective, the services (provider, content, frequency,
 * period), the checks so far with empty rows for the next ones, and — at the foot — the consent to
 * the plan with signature lines for the client and the case manager ("서비스 제공계획 및 점검표를
 * 출력하여 하단의 대상자와 사례관리자의 동의 란에 공동 서명").
 */
final class ServicePlanSheet {

	private ServicePlanSheet() {
	}

	static byte[] render(FormTexts t, CaseSheetHeader h, ServicePlan plan, Assessment latest,
			List<CheckRepository.Check> checks, Map<String, String> domainNames) {
		var form = PrintedForm.a4(t.get("caseform.plan.title"), h.printedBy())
				.subtitle(t.get("caseform.plan.subtitle", h.officeFullName(), t.get("caseform.plan.status."
						+ (plan.active() ? "ACTIVE" : plan.status().name()))))
				.section(t.get("caseform.section.client"))
				.fields(2, h.fields(t));
		if (latest != null) {
			form.section(t.get("caseform.plan.needs", t.date(latest.assessedOn())))
					.table(List.of(new Column(t.get("caseform.domain"), 1.3f), new Column(t.get("caseform.need"), 4.2f),
							new Column(t.get("caseform.crisis"), 0.9f)),
							latest.items().stream().map(i -> List.of(domainNames.getOrDefault(i.domainCode(), i.domainCode()),
									nullToEmpty(i.need()), i.crisisScore() + " / 5")).toList(), 0);
		}
		form.section(t.get("caseform.plan.goals"));
		if (plan.simplified()) {
			form.note(t.get("caseform.plan.simplified"));
		}
		else {
			form.table(List.of(new Column(t.get("caseform.domain"), 1.3f), new Column(t.get("caseform.term"), 1.3f),
					new Column(t.get("caseform.goal"), 4.2f)),
					plan.goals().stream().sorted(Comparator.comparing(ServicePlan.Goal::term))
							.map(g -> List.of(domainNames.getOrDefault(g.domainCode(), g.domainCode()),
									t.get("case.plan.term." + g.term().name()), g.text()))
							.toList(), 0);
		}
		form.section(t.get("caseform.plan.services"))
				.table(List.of(new Column(t.get("case.plan.provider"), 1.6f), new Column(t.get("case.plan.content"), 2.6f),
						new Column(t.get("case.plan.frequency"), 1.1f), new Column(t.get("case.plan.period"), 1.7f)),
						plan.services().stream().map(s -> List.of(s.provider(), s.content(), s.frequency(),
								t.date(s.from()) + " ~ " + t.date(s.to()))).toList(), 1);
		form.section(t.get("caseform.plan.checks"))
				.table(List.of(new Column(t.get("caseform.check.date"), 1.3f), new Column(t.get("caseform.check.method"), 0.9f),
						new Column(t.get("case.check.clientChange"), 2f), new Column(t.get("case.check.participation"), 1.2f),
						new Column(t.get("case.check.adequacy"), 1.2f), new Column(t.get("case.check.satisfaction"), 0.7f),
						new Column(t.get("caseform.check.action"), 1f)),
						checks.stream().sorted(Comparator.comparing(CheckRepository.Check::checkedOn))
								.map(k -> List.of(t.date(k.checkedOn()), t.get("case.check.method." + k.method().name()),
										nullToEmpty(k.clientChange()), nullToEmpty(k.participation()),
										nullToEmpty(k.adequacy()), k.satisfaction() + " / 5",
										t.get("case.check.action." + k.actionNeeded().name())))
								.toList(), 3);
		form.keepTogether(230).section(t.get("caseform.plan.consent"))
				.paragraph(t.get("caseform.plan.consentText"))
				.fields(2, List.of(new Field(t.get("caseform.plan.providerConsent"), t.date(plan.providerConsentOn())),
						new Field(t.get("caseform.plan.clientSigned"), t.date(plan.clientSignedOn()))))
				.signatures(plan.clientSignedOn() == null ? t.blankDate() : t.date(plan.clientSignedOn()),
						List.of(new Field(t.get("caseform.signer.client"), h.person().name()),
								new Field(t.get("caseform.signer.manager"), h.managerName())),
						t.get("caseform.signHere"))
				.note(t.get("caseform.plan.changeNote"));
		return form.toPdf();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
