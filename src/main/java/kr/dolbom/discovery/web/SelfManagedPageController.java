package kr.dolbom.discovery.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.discovery.internal.SelfManagedTargetService;
import kr.dolbom.discovery.internal.SelfManagedTargetService.Entry;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.Messages;

/**
 * The pages of self-managed targets: the list, registering one, the target's page (change, release,
 * history, alert), and the Excel workflow of seeds appendix 1 6-1 방법3 — download the form, upload,
 * see each row's errors, correct the failing rows here, validate again, register all.
 */
@Controller
class SelfManagedPageController {

	private static final List<String> FIELDS = List.of("name", "rrn", "reason", "visitCycle", "visitCount", "worker", "notes");

	private final SelfManagedTargetService service;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Messages messages;

	SelfManagedPageController(SelfManagedTargetService service, CurrentUser currentUser, FormErrors formErrors,
			Messages messages) {
		this.service = service;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	@GetMapping("/discovery/self-managed")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
		boolean released = SelfManagedApiController.released(status);
		model.addAttribute("status", released ? "released" : "active");
		model.addAttribute("result", service.list(released, Paging.of(page, null)));
		model.addAttribute("canManage", canManage());
		return "discovery/self-managed/list";
	}

	// ------------------------------------------------------------------ one by one

	@GetMapping("/discovery/self-managed/new")
	String newForm(Model model) {
		model.addAttribute("form", Map.of());
		return newPage(model);
	}

	private String newPage(Model model) {
		var office = currentUser.get().homeUnitCode().orElse(null);
		model.addAttribute("workers", office == null ? List.of() : service.assignable(office).values());
		model.addAttribute("me", currentUser.get().id().value());
		return "discovery/self-managed/new";
	}

	@PostMapping("/discovery/self-managed/new")
	String register(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			var assignee = form.getFirst("assigneeId");
			var view = service.register(new Entry(0, form.getFirst("name"), form.getFirst("rrn"), form.getFirst("reason"),
					form.getFirst("visitCycle"), form.getFirst("visitCount"), null,
					assignee == null || assignee.isBlank() ? null : UUID.fromString(assignee), form.getFirst("notes")));
			redirect.addFlashAttribute("notice", "selfmanaged.registered");
			return "redirect:/discovery/self-managed/" + view.target().id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			var values = new LinkedHashMap<>(form.toSingleValueMap());
			values.remove("rrn"); // the number is typed again rather than sent back into the page
			model.addAttribute("form", values);
			return newPage(model);
		}
	}

	// ------------------------------------------------------------------ from a round's unsupported list

	@GetMapping("/discovery/self-managed/from-round")
	String fromRound(@RequestParam(required = false) UUID round, Model model) {
		var rounds = service.distributedRounds();
		model.addAttribute("rounds", rounds);
		var chosen = round != null ? round : rounds.isEmpty() ? null : rounds.get(0).id().value();
		model.addAttribute("round", chosen);
		model.addAttribute("targets", chosen == null ? List.of() : service.unsupported(new kr.dolbom.discovery.RoundId(chosen)));
		return "discovery/self-managed/from-round";
	}

	@PostMapping("/discovery/self-managed/from-round")
	String registerFromRound(@RequestParam UUID round, @RequestParam UUID targetId,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			var view = service.registerFromRound(new kr.dolbom.discovery.TargetId(targetId),
					new Entry(0, null, null, reason, null, null, null, null, null));
			redirect.addFlashAttribute("notice", "selfmanaged.registered");
			return "redirect:/discovery/self-managed/" + view.target().id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("failedTarget", targetId);
			return fromRound(round, model);
		}
	}

	// ------------------------------------------------------------------ a target

	@GetMapping("/discovery/self-managed/{id}")
	String view(@PathVariable UUID id, Model model) {
		var view = service.get(id, null);
		model.addAttribute("view", view);
		model.addAttribute("history", service.history(id));
		model.addAttribute("workers", service.assignable(view.target().officeCode()).values());
		model.addAttribute("canManage", canManage());
		if (!model.containsAttribute("form")) {
			var t = view.target();
			Map<String, Object> form = new LinkedHashMap<>();
			form.put("version", t.version());
			form.put("reason", t.reason());
			form.put("visitCycle", t.visitCycleMonths());
			form.put("visitCount", t.visitCount());
			form.put("assigneeId", t.assigneeId() == null ? "" : t.assigneeId().toString());
			form.put("notes", t.notes());
			model.addAttribute("form", form);
		}
		return "discovery/self-managed/view";
	}

	@PostMapping("/discovery/self-managed/{id}/edit")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			var assignee = form.getFirst("assigneeId");
			service.update(id, new SelfManagedTargetService.Change(integer(form.getFirst("version"), "version", 0),
					form.getFirst("reason"), integer(form.getFirst("visitCycle"), "visitCycle", null),
					integer(form.getFirst("visitCount"), "visitCount", 0),
					assignee == null || assignee.isBlank() ? null : UUID.fromString(assignee), form.getFirst("notes")));
			redirect.addFlashAttribute("notice", "selfmanaged.updated");
			return "redirect:/discovery/self-managed/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			return view(id, model);
		}
	}

	@PostMapping("/discovery/self-managed/{id}/release")
	String release(@PathVariable UUID id, @RequestParam(required = false) String version,
			@RequestParam(required = false) String releaseReason, Model model, RedirectAttributes redirect) {
		try {
			service.release(id, integer(version, "version", 0), releaseReason);
			redirect.addFlashAttribute("notice", "selfmanaged.released.notice");
			return "redirect:/discovery/self-managed/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("releaseReason", releaseReason);
			return view(id, model);
		}
	}

	// ------------------------------------------------------------------ Excel

	@GetMapping("/discovery/self-managed/template.xlsx")
	ResponseEntity<byte[]> template() {
		return Downloads.xlsx(messages.get("selfmanaged.export.file") + "-서식.xlsx", service.template());
	}

	@GetMapping("/discovery/self-managed/upload")
	String uploadForm() {
		return "discovery/self-managed/upload";
	}

	@PostMapping("/discovery/self-managed/upload")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw ValidationFailed.of("file", "validation.selfmanaged.upload.empty");
			}
			return review(service.read(file.getBytes()), model);
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			return "discovery/self-managed/upload";
		}
	}

	/** The review table posts back every row: "다시 검증" validates them again, "모두 등록" registers them all. */
	@PostMapping("/discovery/self-managed/upload/rows")
	String rows(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		var entries = entries(form);
		if ("register".equals(form.getFirst("action"))) {
			try {
				var registered = service.registerAll(entries);
				redirect.addFlashAttribute("registeredCount", registered.size());
				return "redirect:/discovery/self-managed";
			}
			catch (ValidationFailed failure) {
				// fall through: show the rows again with their errors
				if (failure.problems().stream().anyMatch(p -> "file".equals(p.field()))) {
					formErrors.addTo(model, failure);
					return "discovery/self-managed/upload";
				}
			}
		}
		try {
			return review(entries, model);
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			return "discovery/self-managed/upload";
		}
	}

	/** A row on the review page: the entry, whether it passed, and its messages per field. */
	record ReviewRow(int index, Entry entry, boolean valid, Map<String, List<String>> errors, String rrnMasked) {

		/** The text of a field as typed (for the inputs of a failing row and the hidden fields of a valid one). */
		public String value(String field) {
			var value = switch (field) {
				case "name" -> entry.name();
				case "rrn" -> entry.rrn();
				case "reason" -> entry.reason();
				case "visitCycle" -> entry.visitCycle();
				case "visitCount" -> entry.visitCount();
				case "worker" -> entry.worker();
				case "notes" -> entry.notes();
				default -> null;
			};
			return value == null ? "" : value;
		}

		/** What a valid row shows: the number masked. */
		public String shown(String field) {
			return "rrn".equals(field) && rrnMasked != null ? rrnMasked : value(field);
		}
	}

	private String review(List<Entry> entries, Model model) {
		var checked = service.checkAll(entries);
		List<ReviewRow> rows = new ArrayList<>();
		int failed = 0;
		for (int i = 0; i < checked.size(); i++) {
			var c = checked.get(i);
			Map<String, List<String>> errors = new LinkedHashMap<>();
			c.problems().forEach(p -> errors.computeIfAbsent(p.field(), k -> new ArrayList<>())
					.add(messages.get(p.messageKey(), p.arguments())));
			if (!c.valid()) {
				failed++;
			}
			rows.add(new ReviewRow(i, c.entry(), c.valid(), errors, c.person() == null ? null : c.person().rrnMasked()));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("failed", failed);
		model.addAttribute("fields", FIELDS);
		return "discovery/self-managed/review";
	}

	private static List<Entry> entries(MultiValueMap<String, String> form) {
		int count = integer(form.getFirst("count"), "count", 0);
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < Math.min(count, SelfManagedTargetService.MAX_ROWS + 1); i++) {
			var p = "rows[" + i + "].";
			if (form.getFirst(p + "remove") != null) {
				continue;
			}
			entries.add(new Entry(integer(form.getFirst(p + "row"), "row", i + 2), form.getFirst(p + "name"),
					form.getFirst(p + "rrn"), form.getFirst(p + "reason"), form.getFirst(p + "visitCycle"),
					form.getFirst(p + "visitCount"), form.getFirst(p + "worker"), null, form.getFirst(p + "notes")));
		}
		return entries;
	}

	private boolean canManage() {
		return currentUser.get().hasAnyRole(kr.dolbom.discovery.internal.SelfManagedRoles.MANAGE);
	}

	private static Integer integer(String value, String field, Integer empty) {
		if (value == null || value.isBlank()) {
			return empty;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw ValidationFailed.of(field, "validation.invalid");
		}
	}
}
