package kr.dolbom.shared;

/**
 * One invalid field: {@code messageKey} points into the message bundle, {@code arguments} fill
 * its placeholders.
 */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
