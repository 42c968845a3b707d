package kr.dolbom.deadline.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.deadline.internal.WorkQueueService;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/** The worker's queue: mine or my team's, overdue first, each row with the one action to take. */
@Controller
class WorkQueuePageController {

	private final WorkQueueService queues;
	private final FormErrors formErrors;
	private final Clock clock;

	WorkQueuePageController(WorkQueueService queues, FormErrors formErrors, Clock clock) {
		this.queues = queues;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/work-queue")
	String queue(@RequestParam(defaultValue = "mine") String view, Model model) {
		var whose = "team".equals(view) ? WorkQueueService.Whose.TEAM : WorkQueueService.Whose.ME;
		model.addAttribute("view", whose == WorkQueueService.Whose.TEAM ? "team" : "mine");
		model.addAttribute("today", LocalDate.now(clock));
		try {
			model.addAttribute("queue", queues.queue(whose));
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("queue", null);
		}
		return "deadline/work-queue";
	}

	/**
	 * The queue without the page around it, for other pages to embed (the team lead's dashboard):
	 * the first {@code limit} items and a link to the rest.
	 */
	@GetMapping("/work-queue/panel")
	String panel(@RequestParam(defaultValue = "mine") String view, @RequestParam(defaultValue = "10") int limit,
			Model model) {
		var whose = "team".equals(view) ? WorkQueueService.Whose.TEAM : WorkQueueService.Whose.ME;
		model.addAttribute("view", whose == WorkQueueService.Whose.TEAM ? "team" : "mine");
		model.addAttribute("today", LocalDate.now(clock));
		var queue = queues.queue(whose);
		int shown = Math.max(1, Math.min(limit, 100));
		model.addAttribute("queue", queue.items().size() <= shown ? queue
				: new WorkQueueService.Queue(queue.whose(), queue.team(), queue.items().subList(0, shown)));
		model.addAttribute("more", Math.max(0, queue.items().size() - shown));
		model.addAttribute("totalCount", queue.items().size());
		model.addAttribute("overdueTotal", queue.overdueCount());
		return "deadline/work-queue :: panel";
	}
}
