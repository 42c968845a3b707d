package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.dolbom.consultation.internal.ConsultationService;
import kr.dolbom.consultation.internal.DeskService;
import kr.dolbom.consultation.internal.DeskTopic;
import kr.dolbom.consultation.internal.InternalReferral;
import kr.dolbom.consultation.internal.ReferralCheck;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;

/** The counselling desk pages: the walk-in form, the desk record, the referrals and their follow-up check. */
@Controller
class DeskPageController {

	/** The form offers this many external referral blocks; empty blocks are ignored. */
	static final int REFERRAL_BLOCKS = 2;

	private final DeskService desk;
	private final ConsultationService consultations;
	private final Persons persons;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Clock clock;

	DeskPageController(DeskService desk, ConsultationService consultations, Persons persons, CurrentUser currentUser,
			FormErrors formErrors, Clock clock) {
		this.desk = desk;
		this.consultations = consultations;
		this.persons = persons;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/desk")
	String list(@RequestParam(required = false) Integer page, Model model) {
		var office = DeskForms.defaultOffice(currentUser.get());
		model.addAttribute("result", office == null ? null : desk.list(office, null, null, Paging.of(page, 50)));
		model.addAttribute("names", names(model));
		return "consultation/desk-list";
	}

	@GetMapping("/desk/new")
	String form(@RequestParam UUID personId, Model model) {
		model.addAttribute("form", Map.of("date", LocalDate.now(clock).toString()));
		return page(new PersonId(personId), model);
	}

	private String page(PersonId personId, Model model) {
		model.addAttribute("person", consultations.person(personId));
		model.addAttribute("welfareTopics", DeskTopic.welfareTopics());
		model.addAttribute("otherTopics", DeskTopic.otherTopics());
		model.addAttribute("internalReferrals", InternalReferral.values());
		model.addAttribute("blocks", java.util.stream.IntStream.range(0, REFERRAL_BLOCKS).boxed().toList());
		if (!model.containsAttribute("chosen")) {
			model.addAttribute("chosen", List.of());
		}
		return "consultation/desk-new";
	}

	@PostMapping("/desk/new")
	String record(@RequestParam UUID personId, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			List<DeskService.ExternalReferral> referrals = new ArrayList<>();
			for (int i = 0; i < REFERRAL_BLOCKS; i++) {
				var prefix = "ext" + i + "_";
				var values = List.of("agency", "service", "documents", "procedure", "contactName", "contactPhone").stream()
						.map(f -> form.getFirst(prefix + f)).toList();
				if (values.stream().anyMatch(v -> v != null && !v.isBlank())) {
					referrals.add(new DeskService.ExternalReferral(values.get(0), values.get(1), values.get(2), values.get(3),
							values.get(4), values.get(5)));
				}
			}
			var topics = DeskForms.set(DeskTopic.class, form, "topics");
			var recorded = desk.record(new DeskService.NewDeskConsultation(new PersonId(personId),
					DeskForms.date(form.getFirst("date"), "date"), DeskForms.checked(form.getFirst("recordsChecked")),
					DeskForms.checked(form.getFirst("consentToRecord")), topics,
					DeskForms.set(InternalReferral.class, form, "internalReferrals"), form.getFirst("internalNote"),
					form.getFirst("summary"), renumber(referrals, form)));
			redirect.addFlashAttribute("notice", "desk.recorded");
			return "redirect:/desk/" + recorded.desk().consultationId();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			List<String> chosen = new ArrayList<>();
			if (form.get("topics") != null) {
				chosen.addAll(form.get("topics"));
			}
			if (form.get("internalReferrals") != null) {
				chosen.addAll(form.get("internalReferrals"));
			}
			model.addAttribute("chosen", chosen);
			return page(new PersonId(personId), model);
		}
	}

	/**
	 * Errors of the n-th non-empty block are reported as externalReferrals[n]; the form's blocks keep
	 * their own numbers, so an empty first block shifts them. Keep it simple: refuse a filled second
	 * block after an empty first one by moving it up (the user sees the entries in block 1 again).
	 */
	private static List<DeskService.ExternalReferral> renumber(List<DeskService.ExternalReferral> referrals,
			MultiValueMap<String, String> form) {
		if (!referrals.isEmpty() && isEmpty(form, 0)) {
			for (var f : List.of("agency", "service", "documents", "procedure", "contactName", "contactPhone")) {
				form.put("ext0_" + f, form.get("ext1_" + f));
				form.remove("ext1_" + f);
			}
		}
		return referrals;
	}

	private static boolean isEmpty(MultiValueMap<String, String> form, int block) {
		return List.of("agency", "service", "documents", "procedure", "contactName", "contactPhone").stream()
				.map(f -> form.getFirst("ext" + block + "_" + f)).allMatch(v -> v == null || v.isBlank());
	}

	@GetMapping("/desk/{id}")
	String view(@PathVariable UUID id, Model model) {
		var view = desk.get(id);
		model.addAttribute("view", view);
		model.addAttribute("person", persons.find(view.consultation().personId()).orElseThrow());
		return "consultation/desk-view";
	}

	@GetMapping("/referrals")
	String referrals(@RequestParam(required = false, defaultValue = "true") boolean open,
			@RequestParam(required = false) Integer page, Model model) {
		var office = DeskForms.defaultOffice(currentUser.get());
		var result = office == null ? null : desk.referrals(office, open, Paging.of(page, 50));
		model.addAttribute("result", result);
		model.addAttribute("open", open);
		Map<UUID, String> names = new HashMap<>();
		if (result != null) {
			persons.findAll(result.items().stream().map(r -> new PersonId(r.referral().personId())).distinct().toList())
					.forEach(p -> names.put(p.id().value(), p.name()));
		}
		model.addAttribute("names", names);
		return "consultation/referral-list";
	}

	@GetMapping("/referrals/{id}")
	String referral(@PathVariable UUID id, Model model) {
		var view = desk.referral(id);
		model.addAttribute("view", view);
		model.addAttribute("person", persons.find(new PersonId(view.referral().personId())).orElseThrow());
		model.addAttribute("methods", ReferralCheck.Method.values());
		model.addAttribute("outcomes", ReferralCheck.Outcome.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("checkedOn", LocalDate.now(clock).toString()));
		}
		return "consultation/referral";
	}

	@PostMapping("/referrals/{id}/check")
	String check(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			desk.check(id, new DeskService.CheckRequest(DeskForms.date(form.getFirst("checkedOn"), "checkedOn"),
					DeskForms.parse(ReferralCheck.Method.class, form.getFirst("method")),
					DeskForms.parse(ReferralCheck.Outcome.class, form.getFirst("outcome")), form.getFirst("note"),
					DeskForms.integer(form.getFirst("version"), "version")));
			redirect.addFlashAttribute("notice", "referral.checked");
			return "redirect:/referrals/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			model.addAttribute("form", form.toSingleValueMap());
			return referral(id, model);
		}
		catch (DomainRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
			return "redirect:/referrals/" + id;
		}
	}

	private Map<UUID, String> names(Model model) {
		Map<UUID, String> names = new HashMap<>();
		var result = (kr.dolbom.shared.PageResult<?>) model.getAttribute("result");
		if (result != null) {
			var ids = result.items().stream().map(r -> new PersonId(((kr.dolbom.consultation.internal.JdbcDesk.DeskRow) r)
					.desk().personId())).distinct().toList();
			persons.findAll(ids).forEach(p -> names.put(p.id().value(), p.name()));
		}
		return names;
	}
}
