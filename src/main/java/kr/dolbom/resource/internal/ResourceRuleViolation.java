package kr.dolbom.resource.internal;

import kr.dolbom.shared.DomainRuleViolation;

/**
 * A rule of the resource directory: the API code is the rule (e.g. {@code possible-duplicate} as
 * api.md names it), the message is found under {@code rule.resource.<code>} so that it cannot clash
 * with a rule of the same name in another module (people has its own possible-duplicate).
 */
public class ResourceRuleViolation extends DomainRuleViolation {

	public ResourceRuleViolation(String code, Object... arguments) {
		super(code, arguments);
	}

	@Override
	public String messageKey() {
		return "rule.resource." + code();
	}
}
