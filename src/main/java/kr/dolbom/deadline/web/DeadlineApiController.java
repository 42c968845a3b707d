package kr.dolbom.deadline.web;

import java.time.LocalDate;
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
import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.DeadlineId;
import kr.dolbom.deadline.DeadlineState;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.DeadlineView;
import kr.dolbom.deadline.OpenDeadline;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.deadline.SubjectType;
import kr.dolbom.deadline.internal.DeadlineService;
import kr.dolbom.deadline.internal.WorkQueueService;
import kr.dolbom.org.UserId;
import kr.dolbom.shared.ValidationFailed;

/**
 * Deadlines and the work queue (api.md "Work queue"; the deadlines of a case appear on
 * {@code GET /api/v1/cases/{id}} once casework exists). The case modules open their deadlines
 * through the module API; {@code POST /api/v1/deadlines} is there for integrations and scripts.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deadlines")
class DeadlineApiController {

	private final DeadlineService deadlines;
	private final WorkQueueService queues;

	DeadlineApiController(DeadlineService deadlines, WorkQueueService queues) {
		this.deadlines = deadlines;
		this.queues = queues;
	}

	record OpenBody(SubjectType subjectType, UUID subjectId, Step step, StepVariant variant,
			Map<AnchorEvent, LocalDate> anchors, String officeCode, UUID assigneeId, UUID teamId, UUID personId) {
	}

	record CompleteBody(LocalDate doneOn) {
	}

	record CancelBody(String reason) {
	}

	/** A deadline; {@code caseId}/{@code targetId} repeat the subject id for the subjects api.md names. */
	record DeadlineJson(String id, SubjectType subjectType, String subjectId, String caseId, String targetId, Step step,
			StepVariant variant, String officeCode, String assigneeId, UUID teamId, UUID personId, LocalDate anchorOn,
			LocalDate dueOn, LocalDate doneOn, DeadlineState state, boolean overdue, int ruleVersion) {

		static DeadlineJson of(DeadlineView d) {
			var subject = d.subject();
			return new DeadlineJson(d.id().toString(), subject.type(), subject.id().toString(),
					subject.type() == SubjectType.CASE ? subject.id().toString() : null,
					subject.type() == SubjectType.TARGET || subject.type() == SubjectType.SELF_MANAGED_TARGET
							? subject.id().toString() : null,
					d.step(), d.variant(), d.officeCode(), d.assignee() == null ? null : d.assignee().toString(),
					d.teamId(), d.personId(), d.anchorOn(), d.dueOn(), d.doneOn(), d.state(), d.overdue(), d.ruleVersion());
		}
	}

	/**
	 * A row of the work queue: api.md's {@code {caseId?, targetId?, step, dueOn, overdue, person}}
	 * plus the deadline's own id and subject; {@code person} is {@code {id, name}} (null when the
	 * deadline concerns no person).
	 */
	record QueueJson(String caseId, String targetId, Step step, LocalDate dueOn, boolean overdue, PersonJson person,
			String deadlineId, SubjectType subjectType, String subjectId, StepVariant variant, String officeCode,
			String assigneeId, long daysOverdue) {

		static QueueJson of(WorkQueueService.QueueItem item) {
			var d = item.deadline();
			var subject = d.subject();
			return new QueueJson(subject.type() == SubjectType.CASE ? subject.id().toString() : null,
					subject.type() == SubjectType.TARGET || subject.type() == SubjectType.SELF_MANAGED_TARGET
							? subject.id().toString() : null,
					d.step(), d.dueOn(), item.overdue(),
					d.personId() == null ? null : new PersonJson(d.personId().toString(), item.personName()),
					d.id().toString(), subject.type(), subject.id().toString(), d.variant(), d.officeCode(),
					d.assigneeId() == null ? null : d.assigneeId().toString(), item.daysOverdue());
		}
	}

	record PersonJson(String id, String name) {
	}

	@PostMapping("/deadlines")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open the deadline of a step; the due date follows the rule in force on the anchor date")
	DeadlineJson open(@RequestBody OpenBody body) {
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(body.subjectType() == null, "subjectType", "deadline.subject.required")
				.rejectIf(body.subjectId() == null, "subjectId", "deadline.subject.required");
		problems.throwIfAny();
		var request = new OpenDeadline(new DeadlineSubject(body.subjectType(), body.subjectId()), body.step(),
				body.variant(), body.anchors(), body.officeCode(),
				body.assigneeId() == null ? null : new UserId(body.assigneeId()), body.teamId(), body.personId());
		return DeadlineJson.of(deadlines.open(request));
	}

	@GetMapping("/deadlines/{id}")
	DeadlineJson get(@PathVariable UUID id) {
		return DeadlineJson.of(deadlines.get(new DeadlineId(id)));
	}

	@GetMapping("/deadlines")
	@Operation(summary = "A subject's deadlines: [{step, dueOn, doneOn?, overdue, …}]")
	List<DeadlineJson> ofSubject(@RequestParam SubjectType subjectType, @RequestParam UUID subjectId) {
		return deadlines.of(new DeadlineSubject(subjectType, subjectId)).stream().map(DeadlineJson::of).toList();
	}

	@PostMapping("/deadlines/{id}/complete")
	DeadlineJson complete(@PathVariable UUID id, @RequestBody CompleteBody body) {
		return DeadlineJson.of(deadlines.complete(new DeadlineId(id), body.doneOn()));
	}

	@PostMapping("/deadlines/{id}/cancel")
	DeadlineJson cancel(@PathVariable UUID id, @RequestBody CancelBody body) {
		return DeadlineJson.of(deadlines.cancel(new DeadlineId(id), body.reason()));
	}

	@GetMapping("/work-queue")
	@Operation(summary = "Open deadlines of the caller (assignee=me) or their team (assignee=team), overdue first, then by due date")
	List<QueueJson> workQueue(@RequestParam(required = false) String assignee) {
		return queues.queue(WorkQueueService.Whose.parse(assignee)).items().stream().map(QueueJson::of).toList();
	}
}
