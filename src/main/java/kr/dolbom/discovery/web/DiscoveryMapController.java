package kr.dolbom.discovery.web;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.internal.DiscoveryMapService;
import kr.dolbom.discovery.internal.SelfManagedRoles;
import kr.dolbom.shared.web.NavItem;

/** The map page of households with utility-based indicators (an SVG and the same data as a table). */
@Controller
class DiscoveryMapController {

	private final DiscoveryMapService maps;

	DiscoveryMapController(DiscoveryMapService maps) {
		this.maps = maps;
	}

	@GetMapping("/discovery/map")
	String map(@RequestParam(required = false) String office, @RequestParam(required = false) UUID round, Model model) {
		model.addAttribute("map", maps.map(office == null || office.isBlank() ? null : office,
				round == null ? null : new RoundId(round)));
		return "discovery/map";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem discoveryMapNavItem() {
			return new NavItem("discovery.map.nav", "/discovery/map", 28, java.util.Arrays.stream(SelfManagedRoles.VIEW)
					.map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet()));
		}
	}
}
