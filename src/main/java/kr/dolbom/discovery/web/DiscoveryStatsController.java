package kr.dolbom.discovery.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.discovery.internal.DiscoveryStatisticsService;
import kr.dolbom.discovery.internal.DiscoveryStatisticsService.Level;
import kr.dolbom.discovery.internal.SelfManagedRoles;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.shared.export.ExportPurpose;
import kr.dolbom.shared.export.ExportStamp;
import kr.dolbom.shared.export.Spreadsheet;
import kr.dolbom.shared.export.SpreadsheetWriter;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.Messages;
import kr.dolbom.shared.web.NavItem;

/**
 * The 9 standard statistics of discovery (정형통계 9종): {@code GET /api/v1/discovery/stats?level=&period=},
 * the page and its Excel export (one row per statistic, unit and column).
 */
@Controller
class DiscoveryStatsController {

	private final DiscoveryStatisticsService statistics;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final SpreadsheetWriter writer;
	private final Messages messages;
	private final Clock clock;

	DiscoveryStatsController(DiscoveryStatisticsService statistics, CurrentUser currentUser, AccessLog accessLog,
			SpreadsheetWriter writer, Messages messages, Clock clock) {
		this.statistics = statistics;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.writer = writer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/discovery/stats")
	String page(@RequestParam(required = false) String level, @RequestParam(required = false) String period, Model model) {
		var report = report(level, period);
		model.addAttribute("report", report);
		model.addAttribute("levels", Level.values());
		model.addAttribute("columns", report.tables().stream().map(t -> t.columns().stream().map(this::column).toList()).toList());
		return "discovery/stats";
	}

	@GetMapping("/discovery/stats/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String level, @RequestParam(required = false) String period,
			@RequestParam(required = false) String purpose) {
		var reason = ExportPurpose.require(purpose);
		var report = report(level, period);
		var me = currentUser.get();
		accessLog.record(AccessSubject.of("DISCOVERY_STATS", report.level() + ":" + report.period(),
				me.homeUnitCode().orElse(null)), AccessAction.EXPORT, reason);
		var sheet = Spreadsheet.of(messages.get("discovery.stats.title"), messages.get("discovery.stats.export.statistic"),
				messages.get("discovery.stats.export.unit"), messages.get("discovery.stats.export.code"),
				messages.get("discovery.stats.export.column"), messages.get("discovery.stats.export.value"));
		for (var table : report.tables()) {
			var title = messages.get(table.kind().messageKey());
			for (var row : table.rows()) {
				for (int c = 0; c < table.columns().size(); c++) {
					sheet.row(title, row.unitCode() == null ? messages.get("discovery.stats.total") : row.unitName(),
							row.unitCode(), column(table.columns().get(c)), row.values().get(c));
				}
			}
		}
		var what = messages.get("discovery.stats.export.what", messages.get(report.level().messageKey()), report.period().toString());
		var stamp = new ExportStamp(me.name() + " (" + me.username() + ")", what, OffsetDateTime.now(clock), reason);
		return Downloads.xlsx(messages.get("discovery.stats.export.file") + "-" + report.period() + ".xlsx",
				writer.write(sheet, stamp));
	}

	DiscoveryStatisticsService.Report report(String level, String period) {
		return statistics.report(Level.parse(level), DiscoveryStatisticsService.period(period, clock));
	}

	/** Column labels: the discovery bundle's result, route, reason and selection names, or the statistics' own. */
	String column(String key) {
		return messages.get(key.contains(".") ? "discovery." + key : "discovery.stats.col." + key);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem discoveryStatsNavItem() {
			return new NavItem("discovery.stats.nav", "/discovery/stats", 27, java.util.Arrays.stream(SelfManagedRoles.VIEW)
					.map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet()));
		}
	}
}
