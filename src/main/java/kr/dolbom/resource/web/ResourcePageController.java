package kr.dolbom.resource.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnitLevel;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.resource.HouseholdType;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.TargetCharacteristic;
import kr.dolbom.resource.internal.DirectorySearch;
import kr.dolbom.resource.internal.DuplicateCleanup;
import kr.dolbom.resource.internal.Eligibility;
import kr.dolbom.resource.internal.ProviderService;
import kr.dolbom.resource.internal.ServiceRegistration;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.FieldProblem;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;
import kr.dolbom.shared.web.FormErrors;
import kr.dolbom.shared.web.Messages;

/** Pages of the directory: search, registration with the duplicate warning, provider page, approvals, merge. */
@Controller
class ResourcePageController {

	private final ProviderService providers;
	private final ServiceRegistration services;
	private final DuplicateCleanup cleanup;
	private final DirectorySearch search;
	private final OrgUnits units;
	private final CurrentUser currentUser;
	private final FormErrors formErrors;
	private final Messages messages;

	ResourcePageController(ProviderService providers, ServiceRegistration services, DuplicateCleanup cleanup,
			DirectorySearch search, OrgUnits units, CurrentUser currentUser, FormErrors formErrors, Messages messages) {
		this.providers = providers;
		this.services = services;
		this.cleanup = cleanup;
		this.search = search;
		this.units = units;
		this.currentUser = currentUser;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	record ProviderForm(String name, String businessNumber, String phone, String address, String orgUnitCode,
			String otherUnitCode, ProviderType type, String contactName, String contactMobile, String description,
			Boolean confirmNotDuplicate) {

		ProviderService.ProviderInput input() {
			var unit = otherUnitCode != null && !otherUnitCode.isBlank() ? otherUnitCode : orgUnitCode;
			return new ProviderService.ProviderInput(name, businessNumber, phone, address, unit, type, contactName,
					contactMobile, description);
		}
	}

	record ServiceForm(String name, String category, String description, Integer capacity,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String contactMobile,
			Set<LifeStage> lifeStages, Set<TargetCharacteristic> targets, Set<DisabilityType> disabilityTypes,
			Set<DisabilityGrade> disabilityGrades, Set<HouseholdType> householdTypes, Set<IncomeClass> incomeClasses) {

		ServiceRegistration.ServiceInput input() {
			return new ServiceRegistration.ServiceInput(name, category, description, capacity, from, to, contactMobile,
					new Eligibility(lifeStages, targets, disabilityTypes, disabilityGrades, householdTypes,
							incomeClasses));
		}
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("providerTypes", ProviderType.values());
		model.addAttribute("lifeStages", LifeStage.values());
		model.addAttribute("targets", TargetCharacteristic.values());
		model.addAttribute("disabilityTypes", DisabilityType.values());
		model.addAttribute("disabilityGrades", DisabilityGrade.values());
		model.addAttribute("householdTypes", HouseholdType.values());
		model.addAttribute("incomeClasses", List.of(IncomeClass.BASIC_LIVELIHOOD, IncomeClass.NEAR_POVERTY,
				IncomeClass.LOW_INCOME, IncomeClass.GENERAL));
	}

	// --- search (appendix 7 (2))

	@GetMapping("/resources")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String category, @RequestParam(required = false) String lifeStage,
			@RequestParam(required = false) String status, @RequestParam(required = false) UUID personId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("scope", scope == null ? "local" : scope);
		model.addAttribute("category", category);
		model.addAttribute("lifeStage", lifeStage);
		model.addAttribute("status", status);
		model.addAttribute("personId", personId);
		model.addAttribute("categories", search.categories());
		model.addAttribute("canLink", currentUser.get().hasAnyRole(Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD,
				Role.WELFARE_ADMIN, Role.DISTRICT_SUPPORT));
		try {
			var result = search.search(new DirectorySearch.Query(q, null, blank(category), blank(lifeStage),
					blank(status), scope), new Paging(Math.max(page, 0), 20));
			model.addAttribute("result", result);
			var base = new StringBuilder("/resources?");
			appendParam(base, "q", q);
			appendParam(base, "scope", scope);
			appendParam(base, "category", category);
			appendParam(base, "lifeStage", lifeStage);
			appendParam(base, "status", status);
			appendParam(base, "personId", personId == null ? null : personId.toString());
			model.addAttribute("baseUrl", base.toString());
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		return "resource/search";
	}

	private static void appendParam(StringBuilder url, String name, String value) {
		if (value != null && !value.isBlank()) {
			if (url.charAt(url.length() - 1) != '?') {
				url.append('&');
			}
			url.append(name).append('=').append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
		}
	}

	// --- registration (appendix 7 (1) ①)

	@GetMapping("/resources/providers/new")
	String newProvider(Model model) {
		var home = currentUser.get().homeUnitCode().orElse(null);
		model.addAttribute("form", new ProviderForm(null, null, null, null,
				home != null && units.find(home).map(OrgUnit::isOffice).orElse(false) ? home : null, null,
				ProviderType.PRIVATE, null, null, null, null));
		return registrationPage(model);
	}

	@PostMapping("/resources/providers/new")
	String register(@ModelAttribute("form") ProviderForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			rejectBindingErrors(binding);
			var provider = providers.register(form.input(), Boolean.TRUE.equals(form.confirmNotDuplicate()));
			redirect.addFlashAttribute("notice", "resource.provider.registered");
			return "redirect:/resources/providers/" + provider.id();
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			if ("possible-duplicate".equals(violation.code())) {
				model.addAttribute("duplicates", violation.details().get("candidates"));
			}
			else {
				model.addAttribute("errors", Map.of("name", List.of(messages.get(violation.messageKey()))));
			}
		}
		return registrationPage(model);
	}

	private String registrationPage(Model model) {
		model.addAttribute("offices", myOffices());
		return "resource/provider-new";
	}

	/** The 읍면동 (and 시군구) of the caller's own 시군구, for the location of a new provider. */
	private List<OrgUnit> myOffices() {
		List<OrgUnit> offices = new ArrayList<>();
		var user = currentUser.get();
		user.grants().stream().map(g -> units.districtOf(g.orgUnitCode())).flatMap(Optional::stream).distinct()
				.forEach(district -> {
					offices.add(district);
					offices.addAll(units.officesUnder(district.code()).stream()
							.sorted(Comparator.comparing(OrgUnit::name)).toList());
				});
		return offices;
	}

	// --- provider page

	@GetMapping("/resources/providers/{id}")
	String provider(@PathVariable UUID id, Model model) {
		var view = providers.view(new ProviderId(id));
		model.addAttribute("view", view);
		model.addAttribute("p", view.provider());
		model.addAttribute("regionName", unitName(view.provider().orgUnitCode()));
		model.addAttribute("serviceNames", search.serviceNames(null, null));
		model.addAttribute("categories", search.categories());
		if (!model.containsAttribute("serviceForm")) {
			model.addAttribute("serviceForm", new ServiceForm(null, null, null, null, null, null, null, Set.of(),
					Set.of(), Set.of(), Set.of(), Set.of(), Set.of()));
		}
		Map<UUID, String> historyServices = new LinkedHashMap<>();
		view.services().forEach(s -> historyServices.put(s.id().value(), s.name()));
		model.addAttribute("historyServices", historyServices);
		return "resource/provider";
	}

	@PostMapping("/resources/providers/{id}/edit")
	String edit(@PathVariable UUID id, @RequestParam int version, @ModelAttribute("editForm") ProviderForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			rejectBindingErrors(binding);
			providers.update(new ProviderId(id), version, form.input());
			redirect.addFlashAttribute("notice", "resource.provider.saved");
			return "redirect:/resources/providers/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("version", List.of(messages.get(violation.messageKey()))));
		}
		model.addAttribute("editOpen", true);
		return provider(id, model);
	}

	@PostMapping("/resources/providers/{id}/services")
	String addService(@PathVariable UUID id, @ModelAttribute("serviceForm") ServiceForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			rejectBindingErrors(binding);
			services.addService(new ProviderId(id), form.input());
			redirect.addFlashAttribute("notice", "resource.service.added");
			return "redirect:/resources/providers/" + id + "#services";
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("name", List.of(messages.get(violation.messageKey()))));
		}
		return provider(id, model);
	}

	@PostMapping("/resources/providers/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		providers.approve(new ProviderId(id));
		redirect.addFlashAttribute("notice", "resource.provider.approved");
		return "redirect:/resources/providers/" + id;
	}

	@PostMapping("/resources/providers/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			providers.reject(new ProviderId(id), reason);
			redirect.addFlashAttribute("notice", "resource.provider.rejected");
			return "redirect:/resources/providers/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			return provider(id, model);
		}
	}

	@PostMapping("/resources/providers/{id}/end")
	String end(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			providers.end(new ProviderId(id), reason);
			redirect.addFlashAttribute("notice", "resource.provider.ended");
			return "redirect:/resources/providers/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			return provider(id, model);
		}
	}

	@PostMapping("/resources/services/{id}/end")
	String endService(@PathVariable UUID id, @RequestParam UUID providerId, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		try {
			services.endService(new ServiceId(id), reason);
			redirect.addFlashAttribute("notice", "resource.service.ended");
			return "redirect:/resources/providers/" + providerId + "#services";
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
			return provider(providerId, model);
		}
	}

	// --- approvals and merge (appendix 7 (3), (4))

	@GetMapping("/resources/approvals")
	String approvals(Model model) {
		var pending = providers.approvalInbox();
		model.addAttribute("pending", pending);
		Map<String, String> regions = new LinkedHashMap<>();
		pending.forEach(p -> regions.put(p.orgUnitCode(), unitName(p.orgUnitCode())));
		model.addAttribute("regions", regions);
		return "resource/approvals";
	}

	@GetMapping("/resources/providers/{id}/merge")
	String mergeForm(@PathVariable UUID id, Model model) {
		var view = providers.view(new ProviderId(id));
		model.addAttribute("p", view.provider());
		model.addAttribute("services", view.services());
		var candidates = cleanup.duplicatesOf(new ProviderId(id));
		model.addAttribute("candidates", candidates);
		Map<UUID, Object> candidateServices = new LinkedHashMap<>();
		candidates.forEach(c -> candidateServices.put(c.provider().id().value(),
				providers.view(c.provider().id()).services()));
		model.addAttribute("candidateServices", candidateServices);
		return "resource/merge";
	}

	@PostMapping("/resources/providers/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam(required = false) List<UUID> duplicateIds,
			@RequestParam(required = false) List<UUID> keepServiceIds, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		try {
			cleanup.merge(new ProviderId(id),
					duplicateIds == null ? List.of() : duplicateIds.stream().map(ProviderId::new).toList(),
					keepServiceIds == null ? List.of() : keepServiceIds.stream().map(ServiceId::new).toList(), reason);
			redirect.addFlashAttribute("notice", "resource.merge.done");
			return "redirect:/resources/providers/" + id;
		}
		catch (ValidationFailed failure) {
			formErrors.addTo(model, failure);
		}
		catch (DomainRuleViolation violation) {
			model.addAttribute("errors", Map.of("keepServiceIds", List.of(messages.get(violation.messageKey()))));
		}
		return mergeForm(id, model);
	}

	private String unitName(String code) {
		return units.find(code).map(u -> u.level() == OrgUnitLevel.OFFICE || u.level() == OrgUnitLevel.DISTRICT
				? u.fullName() : u.name()).orElse(code);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	static void rejectBindingErrors(BindingResult binding) {
		if (binding.hasErrors()) {
			List<FieldProblem> problems = new ArrayList<>();
			binding.getFieldErrors().forEach(e -> problems.add(new FieldProblem(e.getField(), "validation.invalid")));
			throw new ValidationFailed(problems);
		}
	}
}
