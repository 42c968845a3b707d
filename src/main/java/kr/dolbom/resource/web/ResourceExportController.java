package kr.dolbom.resource.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.resource.internal.DirectorySearch;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.export.ExportPurpose;
import kr.dolbom.shared.export.ExportStamp;
import kr.dolbom.shared.export.Spreadsheet;
import kr.dolbom.shared.export.SpreadsheetWriter;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.Messages;

/**
 * "엑셀 내려받기" of the resource search (issue 9: every list page): one row per provider and
 * service, with the search's own filter. Providers are organisations, not residents; the export is
 * still logged once with its purpose.
 */
@Controller
class ResourceExportController {

	/** At most this many providers per export; a larger search is narrowed first. */
	static final int MAX_PROVIDERS = 5000;

	private final DirectorySearch search;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final SpreadsheetWriter writer;
	private final Messages messages;
	private final Clock clock;

	ResourceExportController(DirectorySearch search, CurrentUser currentUser, AccessLog accessLog,
			SpreadsheetWriter writer, Messages messages, Clock clock) {
		this.search = search;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.writer = writer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/resources/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String category, @RequestParam(required = false) String lifeStage,
			@RequestParam(required = false) String status, @RequestParam(required = false) String purpose) {
		var reason = ExportPurpose.require(purpose);
		var query = new DirectorySearch.Query(q, null, category, lifeStage, status, scope);
		List<DirectorySearch.ProviderNode> nodes = new ArrayList<>();
		for (int page = 0;; page++) {
			var found = search.search(query, new Paging(page, Paging.MAX_SIZE));
			if (found.total() > MAX_PROVIDERS) {
				throw new DomainRuleViolation("export-too-large", MAX_PROVIDERS);
			}
			nodes.addAll(found.items());
			if (found.items().size() < Paging.MAX_SIZE) {
				break;
			}
		}
		var sheet = Spreadsheet.of(messages.get("resource.search.title"), messages.get("resource.field.provider"),
				messages.get("resource.field.status"), messages.get("resource.field.type"),
				messages.get("resource.export.region"), messages.get("resource.field.phone"),
				messages.get("resource.field.serviceName"), messages.get("resource.field.category"),
				messages.get("resource.field.description"));
		for (var node : nodes) {
			var p = node.provider();
			var state = messages.get("resource.providerStatus." + p.status().name());
			var type = messages.get("resource.providerType." + p.type().name());
			if (node.services().isEmpty()) {
				sheet.row(p.name(), state, type, node.regionName(), p.phone(), null, null, null);
			}
			for (var s : node.services()) {
				sheet.row(p.name(), state, type, node.regionName(), p.phone(), s.name(), s.categoryName(), s.description());
			}
		}
		var me = currentUser.get();
		accessLog.record(AccessSubject.of("RESOURCE_LIST", "providers:" + nodes.size(), me.homeUnitCode().orElse(null)),
				AccessAction.EXPORT, reason);
		var stamp = new ExportStamp(me.name() + " (" + me.username() + ")", messages.get("resource.search.title"),
				OffsetDateTime.now(clock), reason);
		return Downloads.xlsx(messages.get("resource.export.file", LocalDate.now(clock)) + ".xlsx",
				writer.write(sheet, stamp));
	}
}
