package kr.dolbom.shared;

import java.util.ArrayList;
import java.util.List;

/** Input that cannot be accepted; nothing has been stored. API: 422 with one entry per field. */
public class ValidationFailed extends RuntimeException {

	private final List<FieldProblem> problems;

	public ValidationFailed(List<FieldProblem> problems) {
		super("validation failed: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public static ValidationFailed of(String field, String messageKey, Object... arguments) {
		return new ValidationFailed(List.of(new FieldProblem(field, messageKey, arguments)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** Collects field problems and throws once, so that a form shows every error at the same time. */
	public static final class Collector {

		private final List<FieldProblem> problems = new ArrayList<>();

		public Collector reject(String field, String messageKey, Object... arguments) {
			problems.add(new FieldProblem(field, messageKey, arguments));
			return this;
		}

		public Collector rejectIf(boolean condition, String field, String messageKey, Object... arguments) {
			return condition ? reject(field, messageKey, arguments) : this;
		}

		public boolean hasProblems() {
			return !problems.isEmpty();
		}

		public void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new ValidationFailed(problems);
			}
		}
	}
}
