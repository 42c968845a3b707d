package kr.dolbom.consultation.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.consultation.internal.AbuseCheckKind;
import kr.dolbom.consultation.internal.AbuseCheckService;
import kr.dolbom.consultation.internal.JdbcAbuseChecks;
import kr.dolbom.people.PersonId;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.web.Messages;

/** Abuse checklists (domain.md §3.5, appendix 5): one "yes" flags suspected abuse and requires the report record. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Abuse checks", description = "아동·노인·장애인 학대 점검표와 신고 기록")
class AbuseCheckApiController {

	private final AbuseCheckService checks;
	private final Messages messages;

	AbuseCheckApiController(AbuseCheckService checks, Messages messages) {
		this.checks = checks;
		this.messages = messages;
	}

	record ReportBody(OffsetDateTime reportedAt, AbuseCheckKind.ReportChannel channel, String reportedTo, String reference) {
	}

	record AbuseCheckBody(UUID personId, AbuseCheckKind kind, LocalDate checkedOn, Map<String, Boolean> answers,
			String note, ReportBody report) {
	}

	record Item(String code, String text) {
	}

	record Channel(AbuseCheckKind.ReportChannel code, String name) {
	}

	record Checklist(AbuseCheckKind kind, String name, List<Item> items, List<Channel> reportChannels) {
	}

	record ReportView(OffsetDateTime reportedAt, AbuseCheckKind.ReportChannel channel, String reportedTo, String reference,
			String reportedBy) {
	}

	record AbuseCheckView(String id, String personId, String officeCode, AbuseCheckKind kind, LocalDate checkedOn,
			Map<String, Boolean> answers, boolean suspected, List<AbuseCheckKind.ReportChannel> reportChannels,
			ReportView report, String note) {

		static AbuseCheckView of(JdbcAbuseChecks.AbuseCheck c) {
			var r = c.report();
			return new AbuseCheckView(c.id().toString(), c.personId().toString(), c.officeCode(), c.kind(), c.checkedOn(),
					c.answers(), c.suspected(), c.kind().channels(),
					r == null ? null : new ReportView(r.reportedAt(), r.channel(), r.reportedTo(), r.reference(),
							r.reportedBy() == null ? null : r.reportedBy().toString()),
					c.note());
		}
	}

	@GetMapping("/abuse-checks/checklists")
	@Operation(summary = "The three checklists with their items and the report channels of each")
	List<Checklist> checklists() {
		return Arrays.stream(AbuseCheckKind.values()).map(kind -> new Checklist(kind, messages.get("abuse.kind." + kind.name()),
				kind.items().stream().map(i -> new Item(i, messages.get(kind.itemKey(i)))).toList(),
				kind.channels().stream().map(c -> new Channel(c, messages.get("abuse.channel." + c.name()))).toList())).toList();
	}

	@PostMapping("/abuse-checks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a completed checklist; with any yes the report (reportedAt, channel, reportedTo) is required (422)")
	AbuseCheckView record(@RequestBody AbuseCheckBody body) {
		var r = body.report();
		return AbuseCheckView.of(checks.record(new AbuseCheckService.NewAbuseCheck(
				body.personId() == null ? null : new PersonId(body.personId()), body.kind(), body.checkedOn(), body.answers(),
				body.note(), r == null ? null : new AbuseCheckService.ReportRequest(r.reportedAt(), r.channel(), r.reportedTo(),
						r.reference()))));
	}

	@GetMapping("/abuse-checks/{id}")
	@Operation(summary = "One abuse checklist")
	AbuseCheckView get(@PathVariable UUID id) {
		return AbuseCheckView.of(checks.get(id));
	}

	@GetMapping("/abuse-checks")
	@Operation(summary = "Abuse checklists in scope (or of one office), newest first; suspected=true for the flagged ones")
	PageResult<AbuseCheckView> list(@RequestParam(required = false) String office,
			@RequestParam(required = false, defaultValue = "false") boolean suspected,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return checks.list(office, suspected, Paging.of(page, size)).map(AbuseCheckView::of);
	}

	@GetMapping("/persons/{id}/abuse-checks")
	@Operation(summary = "A person's abuse checklists")
	List<AbuseCheckView> ofPerson(@PathVariable UUID id) {
		return checks.ofPerson(new PersonId(id)).stream().map(AbuseCheckView::of).toList();
	}
}
