package kr.dolbom.consultation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.dolbom.shared.web.NavItem;

/** Navigation entries of the desk, monitor and health pages. */
@Configuration(proxyBeanMethods = false)
class OutreachDeskNavigation {

	static final Set<String> COUNSELLING_ROLES = Set.of("SOCIAL_WORKER", "NURSE", "TEAM_LEAD", "WELFARE_ADMIN",
			"DISTRICT_SUPPORT", "OFFICE_HEAD");

	@Bean
	NavItem deskNavItem() {
		return new NavItem("desk.nav", "/desk", 12, COUNSELLING_ROLES);
	}

	@Bean
	NavItem monitorNavItem() {
		return new NavItem("monitor.nav", "/monitor", 13, COUNSELLING_ROLES);
	}

	@Bean
	NavItem healthNavItem() {
		return new NavItem("health.nav", "/health", 14, Set.of("NURSE", "TEAM_LEAD"));
	}
}
