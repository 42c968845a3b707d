/**
 * The deadline rules as plain Java, free of Spring and SQL (checked by DeadlineArchitectureTests):
 * the working-day calendar, period counting after 민법 §157, §160 and §161, and rule versions.
 */
package kr.dolbom.deadline.internal.rules;
