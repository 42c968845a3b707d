package kr.dolbom.deadline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import kr.dolbom.deadline.DeadlineId;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.DeadlineView;
import kr.dolbom.deadline.Deadlines;
import kr.dolbom.deadline.OpenDeadline;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.org.UserId;

/**
 * The {@link Deadlines} other modules get: the same rules and validation as the deadline API, but
 * the caller's office scope is the owning module's business (it checked access to its subject).
 */
@Component
@Primary
class ModuleDeadlines implements Deadlines {

	private final DeadlineService service;

	ModuleDeadlines(DeadlineService service) {
		this.service = service;
	}

	@Override
	public DeadlineView open(OpenDeadline request) {
		return DeadlineService.asModuleCall(() -> service.open(request));
	}

	@Override
	public DeadlineView complete(DeadlineId id, LocalDate doneOn) {
		return DeadlineService.asModuleCall(() -> service.complete(id, doneOn));
	}

	@Override
	public Optional<DeadlineView> complete(DeadlineSubject subject, Step step, StepVariant variant, LocalDate doneOn) {
		return DeadlineService.asModuleCall(() -> service.complete(subject, step, variant, doneOn));
	}

	@Override
	public DeadlineView cancel(DeadlineId id, String reason) {
		return DeadlineService.asModuleCall(() -> service.cancel(id, reason));
	}

	@Override
	public List<DeadlineView> cancelAll(DeadlineSubject subject, String reason) {
		return DeadlineService.asModuleCall(() -> service.cancelAll(subject, reason));
	}

	@Override
	public List<DeadlineView> reassign(DeadlineSubject subject, UserId assignee, UUID teamId) {
		return DeadlineService.asModuleCall(() -> service.reassign(subject, assignee, teamId));
	}

	@Override
	public DeadlineView get(DeadlineId id) {
		return DeadlineService.asModuleCall(() -> service.get(id));
	}

	@Override
	public List<DeadlineView> of(DeadlineSubject subject) {
		return DeadlineService.asModuleCall(() -> service.of(subject));
	}
}
