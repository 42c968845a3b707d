package kr.dolbom.shared;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that breaks a business rule or an allowed state transition. The {@code code} names
 * the rule (e.g. {@code consent-missing}); the API answers 409 with it, the UI shows the message
 * found under {@code rule.<code>} in the message bundle. {@code details} are added to the problem
 * body (e.g. the candidates of a possible duplicate); they must never hold secrets.
 */
public class DomainRuleViolation extends RuntimeException {

	private final String code;
	private final transient Object[] arguments;
	private final transient Map<String, Object> details = new LinkedHashMap<>();

	public DomainRuleViolation(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	public DomainRuleViolation with(String property, Object value) {
		details.put(property, value);
		return this;
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

	public Map<String, Object> details() {
		return Map.copyOf(details);
	}
}
