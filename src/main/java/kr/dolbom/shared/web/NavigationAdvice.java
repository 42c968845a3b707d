package kr.dolbom.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** Puts the navigation the signed-in user may use, in order, into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

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
