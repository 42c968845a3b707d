package kr.dolbom.discovery.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.deadline.DeadlineState;
import kr.dolbom.discovery.internal.SelfManagedSource;
import kr.dolbom.discovery.internal.SelfManagedTargetService;
import kr.dolbom.discovery.internal.SelfManagedTargetService.Entry;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.Messages;

/** Self-managed targets (자체관리대상자) through the API: docs/discovery-self-managed.md. */
@RestController
@RequestMapping("/api/v1/discovery/self-managed")
@Tag(name = "Discovery: self-managed targets")
class SelfManagedApiController {

	private final SelfManagedTargetService service;
	private final Messages messages;

	SelfManagedApiController(SelfManagedTargetService service, Messages messages) {
		this.service = service;
		this.messages = messages;
	}

	record RegistrationBody(String name, String rrn, String reason, Integer visitCycleMonths, Integer visitCount,
			UUID assigneeId, String worker, String notes) {

		Entry entry(int row) {
			return new Entry(row, name, rrn, reason, visitCycleMonths == null ? null : visitCycleMonths.toString(),
					visitCount == null ? null : visitCount.toString(), worker, assigneeId, notes);
		}
	}

	record ChangeBody(Integer version, String reason, Integer visitCycleMonths, Integer visitCount, UUID assigneeId,
			String notes) {
	}

	record ReleaseBody(Integer version, String reason) {
	}

	record BatchBody(List<RowBody> rows, Boolean dryRun) {
	}

	/** A row of a batch: {@code row} is the row number errors name (defaults to the position, from 1). */
	record RowBody(Integer row, String name, String rrn, String reason, Integer visitCycleMonths, Integer visitCount,
			String worker, String notes) {
	}

	record DeadlineJson(String step, LocalDate anchorOn, LocalDate dueOn, LocalDate doneOn, DeadlineState state,
			boolean overdue) {
	}

	record TargetJson(String id, String personId, String name, String rrnMasked, LocalDate birthDate, String officeCode,
			SelfManagedSource source, String reason, String assigneeId, String assigneeName, Integer visitCycleMonths,
			int visitCount, String notes, LocalDate registeredOn, LocalDate releasedOn, String releaseReason,
			boolean overdue, int version, List<DeadlineJson> deadlines) {

		static TargetJson of(SelfManagedTargetService.View v) {
			var t = v.target();
			return new TargetJson(t.id().toString(), t.personId().toString(), v.person().name(), v.person().rrnMasked(),
					v.person().birthDate(), t.officeCode(), t.source(), t.reason(),
					t.assigneeId() == null ? null : t.assigneeId().toString(), v.assignee() == null ? null : v.assignee().name(),
					t.visitCycleMonths(), t.visitCount(), t.notes(), t.registeredOn(), t.releasedOn(), t.releaseReason(),
					v.overdue(), t.version(), v.deadlines().stream().map(d -> new DeadlineJson(d.step().name(), d.anchorOn(),
							d.dueOn(), d.doneOn(), d.state(), d.overdue())).toList());
		}
	}

	record ListJson(String id, String personId, String name, String rrnMasked, String officeCode, String reason,
			String assigneeName, Integer visitCycleMonths, int visitCount, LocalDate registeredOn, LocalDate releasedOn,
			boolean overdue) {

		static ListJson of(SelfManagedTargetService.ListItem i) {
			var t = i.target();
			return new ListJson(t.id().toString(), t.personId().toString(), i.person() == null ? null : i.person().name(),
					i.person() == null ? null : i.person().rrnMasked(), t.officeCode(), t.reason(), i.assigneeName(),
					t.visitCycleMonths(), t.visitCount(), t.registeredOn(), t.releasedOn(), i.overdue());
		}
	}

	record HistoryJson(java.time.OffsetDateTime at, String userName, String action, String detail) {
	}

	record RowCheckJson(int row, boolean valid, List<java.util.Map<String, String>> errors) {
	}

	record CheckJson(int rows, int failed, List<RowCheckJson> results) {
	}

	record RegisteredJson(int registered, List<TargetJson> targets) {
	}

	@GetMapping
	@Operation(summary = "Self-managed targets of the caller's offices", description = "status=active (default) or released; paged, newest first.")
	PageResult<ListJson> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return service.list(released(status), Paging.of(page, size)).map(ListJson::of);
	}

	@PostMapping
	@Operation(summary = "Register one resident by name and registration number (seeds appendix 1 6-1 방법1)", description = """
			name, rrn and reason are required; the resident must be registered in Dolbom in one of the caller's offices
			(someone new needs registration and an initial consultation first). Opens the 3-month no-consultation alert
			(deadline step SELF_MANAGED_CONTACT). worker (user name) or assigneeId: the worker in charge, default the caller.""")
	ResponseEntity<TargetJson> register(@RequestBody RegistrationBody body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(TargetJson.of(service.register(body.entry(0))));
	}

	record FromRoundBody(UUID targetId, String reason, Integer visitCycleMonths, Integer visitCount, UUID assigneeId,
			String worker, String notes) {
	}

	record UnsupportedJson(String targetId, String roundId, String roundLabel, String personId, String name,
			String officeCode, String status, String result, String reasonCode, LocalDate distributedOn, boolean watched) {
	}

	@GetMapping("/unsupported")
	@Operation(summary = "A round's targets of the caller's offices that got no support (seeds appendix 1 6-1 방법2)",
			description = "비대상자 and 미처리 (closed as unprocessed); watched = already a self-managed target.")
	List<UnsupportedJson> unsupported(@RequestParam UUID round) {
		return service.unsupported(new kr.dolbom.discovery.RoundId(round)).stream().map(u -> {
			var t = u.target();
			return new UnsupportedJson(t.id().toString(), t.roundId().toString(), t.roundLabel(),
					t.personId() == null ? null : t.personId().toString(), t.name(), t.officeCode(), t.status().name(),
					t.result() == null ? null : t.result().name(), t.reasonCode(), t.distributedOn(), u.watched());
		}).toList();
	}

	@PostMapping("/from-round")
	@Operation(summary = "Register a target of a round's unsupported list", description = """
			targetId and reason required; 409 self-managed-target-supported for a target that got support; 422 on
			targetId when the person is not in the people register yet (initial consultation first).""")
	ResponseEntity<TargetJson> fromRound(@RequestBody FromRoundBody body) {
		if (body.targetId() == null) {
			throw ValidationFailed.of("targetId", "validation.required");
		}
		var entry = new Entry(0, null, null, body.reason(),
				body.visitCycleMonths() == null ? null : body.visitCycleMonths().toString(),
				body.visitCount() == null ? null : body.visitCount().toString(), body.worker(), body.assigneeId(), body.notes());
		return ResponseEntity.status(HttpStatus.CREATED)
				.body(TargetJson.of(service.registerFromRound(new kr.dolbom.discovery.TargetId(body.targetId()), entry)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One self-managed target with its no-consultation deadlines (writes the access log)")
	TargetJson get(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		return TargetJson.of(service.get(id, purpose));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change reason, worker, visit cycle, visit count and notes (optimistic locking with version)")
	TargetJson update(@PathVariable UUID id, @RequestBody ChangeBody body) {
		requireVersion(body.version());
		return TargetJson.of(service.update(id, new SelfManagedTargetService.Change(body.version(), body.reason(),
				body.visitCycleMonths(), body.visitCount(), body.assigneeId(), body.notes())));
	}

	@PostMapping("/{id}/release")
	@Operation(summary = "Release with a reason; its alerts stop")
	TargetJson release(@PathVariable UUID id, @RequestBody ReleaseBody body) {
		requireVersion(body.version());
		return TargetJson.of(service.release(id, body.version(), body.reason()));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every registration, change, consultation and release, oldest first")
	List<HistoryJson> history(@PathVariable UUID id) {
		return service.history(id).stream().map(h -> new HistoryJson(h.at(), h.userName(), h.action(), h.detail())).toList();
	}

	@GetMapping("/template.xlsx")
	@Operation(summary = "The Excel form for uploads (seeds appendix 1 6-1 방법3)")
	ResponseEntity<byte[]> template() {
		return Downloads.xlsx(messages.get("selfmanaged.export.file") + "-서식.xlsx", service.template());
	}

	@PostMapping("/uploads")
	@Operation(summary = "Upload the filled-in Excel form (multipart field file); all rows are registered or none", description = """
			With dryRun=true only validates: 200 {rows, failed, results:[{row, valid, errors:[{field, message}]}]}.
			Otherwise 201 {registered, targets} when every row is valid, else 422 with errors [{field: "rows[5].rrn",
			message: "5행 주민등록번호: …"}] and nothing stored. Row numbers are those Excel shows.""")
	ResponseEntity<?> upload(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		if (file == null) {
			throw ValidationFailed.of("file", "validation.selfmanaged.upload.empty");
		}
		return registerOrCheck(service.read(file.getBytes()), dryRun);
	}

	@PostMapping("/batch")
	@Operation(summary = "The same as an upload, with the (corrected) rows as JSON: {rows:[{row, name, rrn, reason, …}], dryRun}")
	ResponseEntity<?> batch(@RequestBody BatchBody body) {
		var rows = body.rows() == null ? List.<RowBody>of() : body.rows();
		List<Entry> entries = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			var r = rows.get(i);
			entries.add(new Entry(r.row() == null ? i + 1 : r.row(), r.name(), r.rrn(), r.reason(),
					r.visitCycleMonths() == null ? null : r.visitCycleMonths().toString(),
					r.visitCount() == null ? null : r.visitCount().toString(), r.worker(), null, r.notes()));
		}
		return registerOrCheck(entries, Boolean.TRUE.equals(body.dryRun()));
	}

	private ResponseEntity<?> registerOrCheck(List<Entry> entries, boolean dryRun) {
		if (dryRun) {
			var checked = service.checkAll(entries);
			var results = checked.stream().map(c -> new RowCheckJson(c.entry().row(), c.valid(), c.problems().stream()
					.map(p -> java.util.Map.of("field", p.field(), "message", messages.get(p.messageKey(), p.arguments())))
					.toList())).toList();
			return ResponseEntity.ok(new CheckJson(results.size(), (int) results.stream().filter(r -> !r.valid()).count(), results));
		}
		var registered = service.registerAll(entries);
		return ResponseEntity.status(HttpStatus.CREATED)
				.body(new RegisteredJson(registered.size(), registered.stream().map(TargetJson::of).toList()));
	}

	private static void requireVersion(Integer version) {
		if (version == null) {
			throw ValidationFailed.of("version", "validation.required");
		}
	}

	static boolean released(String status) {
		if (status == null || status.isBlank() || "active".equalsIgnoreCase(status)) {
			return false;
		}
		if ("released".equalsIgnoreCase(status)) {
			return true;
		}
		throw ValidationFailed.of("status", "validation.invalid");
	}
}
