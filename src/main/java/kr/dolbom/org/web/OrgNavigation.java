package kr.dolbom.org.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.dolbom.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class OrgNavigation {

	@Bean
	NavItem homeNavItem() {
		return new NavItem("nav.home", "/", 0, Set.of());
	}

	@Bean
	NavItem orgNavItem() {
		return new NavItem("nav.org", "/org", 80, Set.of());
	}

	@Bean
	NavItem usersNavItem() {
		return new NavItem("nav.admin.users", "/admin/users", 90, Set.of("ADMIN"));
	}

	@Bean
	NavItem teamsNavItem() {
		return new NavItem("nav.admin.teams", "/admin/teams", 91, Set.of("ADMIN"));
	}
}
