package kr.dolbom.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.internal.AccessLogAudit;
import kr.dolbom.audit.internal.AccessLogQuery;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.web.NavItem;

/** The auditors' page: search the access log and check the chain. */
@Controller
class AuditController {

	private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private final AccessLogAudit audit;

	AuditController(AccessLogAudit audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String search(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String username, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) AccessAction action,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var query = new AccessLogQuery(from == null ? null : from.atStartOfDay(KOREA).toOffsetDateTime(),
				to == null ? null : to.plusDays(1).atStartOfDay(KOREA).toOffsetDateTime(), blankToNull(username),
				blankToNull(subjectType), blankToNull(subjectId), action);
		model.addAttribute("result", audit.search(query, new Paging(Math.max(page, 0), 50)));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("username", username);
		model.addAttribute("subjectType", subjectType);
		model.addAttribute("subjectId", subjectId);
		model.addAttribute("action", action);
		model.addAttribute("actions", AccessAction.values());
		return "audit/log";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("check", audit.verify());
		return search(null, null, null, null, null, null, 0, model);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem auditNavItem() {
			return new NavItem("nav.audit", "/audit", 85, Set.of("ADMIN", "SUPERVISOR"));
		}
	}
}
