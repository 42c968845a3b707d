package kr.dolbom.discovery.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.shared.web.Messages;

/** {@code GET /api/v1/discovery/stats?level=&period=} (api.md "Discovery"): the 9 standard statistics. */
@RestController
@Tag(name = "Discovery: statistics")
class DiscoveryStatsApiController {

	private final DiscoveryStatsController page;
	private final Messages messages;

	DiscoveryStatsApiController(DiscoveryStatsController page, Messages messages) {
		this.page = page;
		this.messages = messages;
	}

	record TableJson(String kind, String title, List<String> columns, List<RowJson> rows) {
	}

	record RowJson(String unitCode, String unitName, boolean total, List<Number> values) {
	}

	record ReportJson(String level, String period, List<TableJson> tables) {
	}

	@GetMapping("/api/v1/discovery/stats")
	@Operation(summary = "The 9 standard statistics of discovery targets", description = """
			level=PROVINCE|DISTRICT|OFFICE (시도/시군구/읍면동, default OFFICE), period=YYYY-MM (month of distribution,
			default this month). Tables SUMMARY, DETAILS, MONTHLY (the 12 months up to period), IN_PROGRESS, COMPLETED,
			COMPLETED_DETAILS, NON_TARGETS, PRIVATE_RESOURCE, PRIVATE_RESOURCE_DETAILS; rows per unit of the caller's
			scope and a total row last. Counts only.""")
	ReportJson api(@RequestParam(required = false) String level, @RequestParam(required = false) String period) {
		var report = page.report(level, period);
		return new ReportJson(report.level().name(), report.period().toString(), report.tables().stream()
				.map(t -> new TableJson(t.kind().name(), messages.get(t.kind().messageKey()),
						t.columns().stream().map(page::column).toList(),
						t.rows().stream().map(r -> new RowJson(r.unitCode(), r.unitName(), r.unitCode() == null, r.values()))
								.toList()))
				.toList());
	}

}
