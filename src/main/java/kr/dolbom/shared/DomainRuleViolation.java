package kr.dolbom.shared;

import java.util.Arrays;

/**
 * A request that breaks a business rule or an allowed state transition. The {@code code} names
 * the rule (e.g. {@code consent-missing}); the API answers 409 with it, the UI shows the message
 * found under {@code rule.<code>} in the message bundle.
 */
public class DomainRuleViolation extends RuntimeException {

	private final String code;
	private final transient Object[] arguments;

	public DomainRuleViolation(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "rule." + code;
	}

	public Object[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}
}
