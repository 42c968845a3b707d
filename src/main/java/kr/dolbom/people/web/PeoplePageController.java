package kr.dolbom.people.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Permission;
import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.Education;
import kr.dolbom.people.HealthStatus;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Relationship;
import kr.dolbom.people.internal.ConsentService;
import kr.dolbom.people.internal.PeopleService;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.FieldProblem;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.Messages;
import kr.dolbom.shared.web.NavItem;

/** The pages of residents: search, register, person, household, consents, moves. */
@Controller
class PeoplePageController {

	private final PeopleService people;
	private final ConsentService consents;
	private final OrgUnits units;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Messages messages;
	private final Clock clock;
	private final kr.dolbom.people.ResidentLists residentLists;

	PeoplePageController(PeopleService people, ConsentService consents, OrgUnits units, CurrentUser currentUser,
			FormErrors formErrors, Messages messages, Clock clock, kr.dolbom.people.ResidentLists residentLists) {
		this.residentLists = residentLists;
		this.people = people;
		this.consents = consents;
		this.units = units;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("relationships", Relationship.values());
		model.addAttribute("educations", Education.values());
		model.addAttribute("healthStatuses", HealthStatus.values());
		model.addAttribute("disabilityTypes", DisabilityType.values());
		model.addAttribute("disabilityGrades", DisabilityGrade.values());
		model.addAttribute("incomeClasses", IncomeClass.values());
		model.addAttribute("consentScopes", ConsentScope.values());
	}

	@GetMapping("/people")
	String search(@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("name", name);
		model.addAttribute("birthDate", birthDate);
		if ((name != null && !name.isBlank()) || birthDate != null) {
			var result = people.searchByName(name, birthDate, new Paging(Math.max(page, 0), 20));
			model.addAttribute("result", result);
			model.addAttribute("officeNames", officeNames());
		}
		return "people/search";
	}

	/** Numbers are searched by POST so that they never appear in a URL or the browser history. */
	@PostMapping("/people/by-rrn")
	String searchByRrn(@RequestParam(defaultValue = "") String rrn, Model model) {
		try {
			var found = people.findByRrn(rrn);
			if (found.isPresent()) {
				return "redirect:/people/" + found.get().id();
			}
			model.addAttribute("rrnNotFound", true);
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		return "people/search";
	}

	@GetMapping("/people/new")
	String newForm(@RequestParam(required = false) UUID householdId, Model model) {
		var form = new PersonForm();
		if (householdId != null) {
			var household = people.household(new HouseholdId(householdId), "가구원 추가").household();
			form.setHouseholdId(household.id().value());
			model.addAttribute("household", household);
		}
		else {
			var offices = myOffices();
			if (offices.size() == 1) {
				form.setOfficeCode(offices.get(0).code());
			}
		}
		model.addAttribute("form", form);
		return newPage(model);
	}

	@PostMapping("/people/new")
	String register(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			rejectBindingErrors(binding);
			var registration = people.register(form.toNewPerson());
			redirect.addFlashAttribute("notice", registration.existing() ? "people.new.existing" : "people.new.created");
			if (registration.warnings().contains("rrn-check-digit")) {
				redirect.addFlashAttribute("warning", "people.new.checkDigitWarning");
			}
			return "redirect:/people/" + registration.person().id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			if ("possible-duplicate".equals(violation.code())) {
				model.addAttribute("duplicates", violation.details().get("candidates"));
			}
			else {
				model.addAttribute("errors", Map.of("rrn", List.of(messages.get(violation.messageKey()))));
			}
		}
		if (form.getHouseholdId() != null) {
			model.addAttribute("household",
					people.household(new HouseholdId(form.getHouseholdId()), "가구원 추가").household());
		}
		return newPage(model);
	}

	private String newPage(Model model) {
		model.addAttribute("offices", myOffices());
		return "people/new";
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable UUID id, Model model, HttpServletResponse response) {
		var person = people.get(new PersonId(id), "대상자 상세 조회");
		model.addAttribute("person", person);
		model.addAttribute("age", person.summary().ageOn(LocalDate.now(clock)));
		model.addAttribute("office", units.find(person.officeCode()).map(OrgUnit::fullName).orElse(person.officeCode()));
		model.addAttribute("consents", consents.list(person.id()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("moves", people.moves(person.id()));
		model.addAttribute("officeNames", officeNames());
		model.addAttribute("mayReveal", currentUser.get().has(Permission.RRN_REVEAL));
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		return "people/person";
	}

	@PostMapping("/people/{id}/reveal")
	String reveal(@PathVariable UUID id, @RequestParam(defaultValue = "") String purpose, Model model,
			HttpServletResponse response) {
		try {
			var rrn = people.revealRrn(new PersonId(id), purpose);
			model.addAttribute("revealed", rrn.digits().substring(0, 6) + "-" + rrn.digits().substring(6));
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		return person(id, model, response);
	}

	@GetMapping("/people/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		var person = people.get(new PersonId(id), "대상자 정보 수정");
		model.addAttribute("person", person);
		model.addAttribute("form", PersonForm.of(person));
		return "people/edit";
	}

	@PostMapping("/people/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			rejectBindingErrors(binding);
			people.update(new PersonId(id), form.toChange());
			redirect.addFlashAttribute("notice", "people.detail.saved");
			return "redirect:/people/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("version", List.of(messages.get(violation.messageKey()))));
		}
		model.addAttribute("person", people.get(new PersonId(id), "대상자 정보 수정"));
		return "people/edit";
	}

	@GetMapping("/people/{id}/move")
	String moveForm(@PathVariable UUID id, Model model) {
		model.addAttribute("person", people.get(new PersonId(id), "가구 이동 기록"));
		model.addAttribute("offices", myOffices());
		model.addAttribute("movedOn", LocalDate.now(clock));
		return "people/move";
	}

	@PostMapping("/people/{id}/move")
	String move(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String toHouseholdId,
			@RequestParam(required = false) String officeCode, @RequestParam(required = false) String addressLine,
			@RequestParam(required = false) Relationship relationship,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate movedOn,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			HouseholdId target = null;
			if (toHouseholdId != null && !toHouseholdId.isBlank()) {
				try {
					target = HouseholdId.of(toHouseholdId.strip());
				}
				catch (IllegalArgumentException e) {
					throw ValidationFailed.of("toHousehold", "validation.invalid");
				}
			}
			people.move(new PersonId(id), new PeopleService.Move(version, target,
					target == null ? new PeopleService.Address(officeCode, addressLine) : null, relationship, movedOn,
					reason));
			redirect.addFlashAttribute("notice", "people.move.done");
			return "redirect:/people/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		model.addAttribute("person", people.get(new PersonId(id), "가구 이동 기록"));
		model.addAttribute("offices", myOffices());
		model.addAttribute("movedOn", movedOn);
		return "people/move";
	}

	@PostMapping("/people/{id}/consents")
	String recordConsent(@PathVariable UUID id, @RequestParam(required = false) ConsentScope scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		var personId = new PersonId(id);
		try {
			UUID attachmentId = null;
			if (file != null && !file.isEmpty()) {
				try (var in = file.getInputStream()) {
					attachmentId = consents.upload(personId, file.getOriginalFilename(), in).id();
				}
			}
			consents.record(personId, scope, givenOn, expiresOn, attachmentId, note);
			redirect.addFlashAttribute("notice", "consent.recorded");
			return "redirect:/people/" + id + "#consents";
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		return person(id, model, response);
	}

	@PostMapping("/people/{id}/consents/{consentId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		consents.withdraw(new PersonId(id), consentId, reason);
		redirect.addFlashAttribute("notice", "consent.withdrawn.done");
		return "redirect:/people/" + id + "#consents";
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id) {
		var download = consents.download(id, "동의서 파일 열람(화면)");
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.attachment().contentType()))
				.cacheControl(CacheControl.noStore())
				.header("Content-Disposition", ContentDisposition.inline()
						.filename(download.attachment().fileName(), StandardCharsets.UTF_8).build()
						.toString())
				.body(download.content());
	}

	@GetMapping("/households/{id}")
	String household(@PathVariable UUID id, Model model) {
		var view = people.household(new HouseholdId(id), "가구 조회");
		model.addAttribute("household", view.household());
		model.addAttribute("members", view.members());
		model.addAttribute("office", units.find(view.household().officeCode()).map(OrgUnit::fullName)
				.orElse(view.household().officeCode()));
		model.addAttribute("offices", myOffices());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("flagValues", kr.dolbom.people.HouseholdFlag.values());
		model.addAttribute("flags", residentLists.flagsOf(new HouseholdId(id)).stream()
				.collect(java.util.stream.Collectors.toMap(f -> f.flag().name(), f -> f)));
		return "people/household";
	}

	@PostMapping("/households/{id}")
	String changeHousehold(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String officeCode,
			@RequestParam(required = false) String addressLine, @RequestParam(required = false) IncomeClass incomeClass,
			Model model, RedirectAttributes redirect) {
		try {
			people.changeHousehold(new HouseholdId(id), version, new PeopleService.Address(officeCode, addressLine),
					incomeClass);
			redirect.addFlashAttribute("notice", "household.saved");
			return "redirect:/households/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("version", List.of(messages.get(violation.messageKey()))));
		}
		return household(id, model);
	}

	private void rejectBindingErrors(BindingResult binding) {
		if (binding.hasErrors()) {
			List<FieldProblem> problems = new ArrayList<>();
			binding.getFieldErrors().forEach(e -> problems.add(new FieldProblem(e.getField(), "validation.invalid")));
			throw new ValidationFailed(problems);
		}
	}

	private List<OrgUnit> myOffices() {
		return currentUser.get().scope().offices().stream().map(units::find).flatMap(Optional::stream)
				.sorted(Comparator.comparing(OrgUnit::name)).toList();
	}

	private Map<String, String> officeNames() {
		Map<String, String> names = new LinkedHashMap<>();
		myOffices().forEach(o -> names.put(o.code(), o.name()));
		return names;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem peopleNavItem() {
			return new NavItem("nav.people", "/people", 10, Set.of("SOCIAL_WORKER", "NURSE", "TEAM_LEAD",
					"WELFARE_ADMIN", "OFFICE_HEAD", "DISTRICT_SUPPORT"));
		}
	}
}
