package kr.dolbom.shared.web;

import java.util.Set;

/**
 * An entry of the main navigation, contributed by the module that owns the page. {@code roles}
 * are role names (e.g. {@code TEAM_LEAD}); an empty set means every signed-in user. A
 * {@code badge}, when given, counts what waits there for the signed-in user (e.g. unread
 * reminders); the layout shows the count beside the entry when it is above zero.
 */
public record NavItem(String messageKey, String href, int order, Set<String> roles, NavBadge badge) {

	public NavItem(String messageKey, String href, int order, Set<String> roles) {
		this(messageKey, href, order, roles, null);
	}

	public boolean visibleTo(Set<String> userRoles) {
		return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
	}

	/** Counts something for the signed-in user of the current request. */
	@FunctionalInterface
	public interface NavBadge {

		/** The count to show; 0 shows nothing. */
		long count();

		/** Message key of the badge's text for screen readers, with the count as {0}. */
		default String messageKey() {
			return "nav.badge";
		}
	}
}
