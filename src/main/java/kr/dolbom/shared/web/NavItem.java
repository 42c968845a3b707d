package kr.dolbom.shared.web;

import java.util.Set;

/**
 * An entry of the main navigation, contributed by the module that owns the page. {@code roles}
 * are role names (e.g. {@code TEAM_LEAD}); an empty set means every signed-in user.
 */
public record NavItem(String messageKey, String href, int order, Set<String> roles) {

	public boolean visibleTo(Set<String> userRoles) {
		return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
	}
}
