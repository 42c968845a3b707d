package kr.dolbom.discovery.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.dolbom.discovery.internal.SelfManagedRoles;
import kr.dolbom.org.Role;
import kr.dolbom.shared.web.NavItem;

@Configuration(proxyBeanMethods = false)
class SelfManagedNavigation {

	@Bean
	NavItem selfManagedNavItem() {
		return new NavItem("selfmanaged.nav", "/discovery/self-managed", 26,
				Arrays.stream(SelfManagedRoles.VIEW).map(Role::name).collect(Collectors.toUnmodifiableSet()));
	}

}
