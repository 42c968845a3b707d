package kr.dolbom.shared.web;

/** A navigation badge as the layout shows it: the count and the message key that reads it out. */
public record NavBadgeCount(long count, String messageKey) {
}
