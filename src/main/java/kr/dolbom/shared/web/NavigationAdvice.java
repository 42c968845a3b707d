package kr.dolbom.shared.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts the navigation the signed-in user may use, in order, into every page's model, and the
 * counts of the entries that have a badge ({@code navigationBadges}: href → count).
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

	private static final Logger log = LoggerFactory.getLogger(NavigationAdvice.class);

	private final List<NavItem> items;

	NavigationAdvice(List<NavItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
	}

	@ModelAttribute("navigation")
	List<NavItem> navigation() {
		var roles = currentRoles();
		if (roles.isEmpty()) {
			return List.of();
		}
		return items.stream().filter(item -> item.visibleTo(roles)).toList();
	}

	/**
	 * A badge that cannot be counted (e.g. the database is unavailable while an error page is
	 * rendered) is left out rather than breaking the page.
	 */
	@ModelAttribute("navigationBadges")
	Map<String, NavBadgeCount> badges() {
		Map<String, NavBadgeCount> counts = new LinkedHashMap<>();
		for (var item : navigation()) {
			if (item.badge() == null) {
				continue;
			}
			try {
				long count = item.badge().count();
				if (count > 0) {
					counts.put(item.href(), new NavBadgeCount(count, item.badge().messageKey()));
				}
			}
			catch (RuntimeException e) {
				log.warn("Navigation badge of {} could not be counted: {}", item.href(), e.toString());
			}
		}
		return counts;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	private static Set<String> currentRoles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Set.of();
		}
		return authentication.getAuthorities().stream()
				.map(GrantedAuthority::getAuthority)
				.filter(a -> a.startsWith("ROLE_"))
				.map(a -> a.substring("ROLE_".length()))
				.collect(Collectors.toUnmodifiableSet());
	}
}
