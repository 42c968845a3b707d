package kr.dolbom.consultation.internal;

import kr.dolbom.shared.DomainRuleViolation;

/** A rule of outreach visits and their safety; the message is under {@code rule.outreach.<code>}. */
public class VisitSafetyViolation extends DomainRuleViolation {

	public VisitSafetyViolation(String code, Object... arguments) {
		super(code, arguments);
	}

	@Override
	public String messageKey() {
		return "rule.outreach." + code();
	}
}
