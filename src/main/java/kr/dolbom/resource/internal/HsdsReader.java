package kr.dolbom.resource.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.resource.HouseholdType;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.TargetCharacteristic;
import kr.dolbom.shared.ValidationFailed;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an Open Referral HSDS 3.0 document as {@link DirectoryHsds} writes it (and as other systems
 * write it, as far as the mapping goes): organizations with their first location, services with
 * their attributes mapped through the taxonomy terms. Every problem is reported with its JSON path.
 */
@Component
class HsdsReader {

	private final JsonMapper json;

	HsdsReader(JsonMapper json) {
		this.json = json;
	}

	List<DirectoryFile.Provider> read(String text) {
		JsonNode root;
		try {
			root = json.readTree(text);
		}
		catch (JacksonException e) {
			throw ValidationFailed.of("file", "validation.resource.import.json");
		}
		if (root == null || !root.isObject()) {
			throw ValidationFailed.of("file", "validation.resource.import.json");
		}
		var organizations = root.path("organizations");
		if (!organizations.isArray()) {
			throw ValidationFailed.of("file", "validation.resource.import.hsds");
		}
		if (organizations.isEmpty()) {
			throw ValidationFailed.of("file", "validation.resource.import.empty");
		}
		var problems = new DirectoryFile.Problems();

		Map<String, String[]> terms = new HashMap<>(); // id -> {taxonomy, code}
		Map<String, String> taxonomyNames = new HashMap<>();
		for (var taxonomy : root.path("taxonomies")) {
			taxonomyNames.put(text(taxonomy, "id"), text(taxonomy, "name"));
		}
		for (var term : root.path("taxonomy_terms")) {
			var taxonomy = text(term, "taxonomy");
			if (taxonomy == null) {
				taxonomy = taxonomyNames.get(text(term, "taxonomy_id"));
			}
			terms.put(text(term, "id"), new String[] { taxonomy, text(term, "code") });
		}
		Map<String, JsonNode> locations = new HashMap<>();
		for (var location : root.path("locations")) {
			var org = text(location, "organization_id");
			if (org != null) {
				locations.putIfAbsent(org, location);
			}
		}
		Map<String, List<DirectoryFile.Service>> services = new LinkedHashMap<>();
		int index = 0;
		for (var service : root.path("services")) {
			var at = "services[" + index++ + "]";
			var org = text(service, "organization_id");
			if (org == null) {
				problems.add(at + ".organization_id", "validation.required");
				continue;
			}
			String nameCode = null;
			Integer capacity = null;
			List<Eligibility.Criterion> criteria = new ArrayList<>();
			for (var attribute : service.path("attributes")) {
				var term = terms.get(text(attribute, "taxonomy_term_id"));
				if (term == null || term[0] == null || term[1] == null) {
					continue;
				}
				switch (term[0]) {
					case DirectoryHsds.SERVICE_NAMES -> nameCode = term[1];
					case DirectoryHsds.MEASURES -> {
						if (DirectoryHsds.CAPACITY.equals(term[1])) {
							try {
								capacity = Integer.valueOf(text(attribute, "value"));
							}
							catch (NumberFormatException e) {
								problems.add(at + ".attributes", "validation.resource.import.hsds-value", "capacity");
							}
						}
					}
					case DirectoryHsds.ELIGIBILITY -> {
						var parts = term[1].split(":", 2);
						var dimension = parts.length == 2
								? DirectoryFile.enumValue(Eligibility.Dimension.class, parts[0]).orElse(null)
								: null;
						if (dimension == null || !validValue(dimension, parts[1])) {
							problems.add(at + ".attributes", "validation.resource.import.hsds-value", term[1]);
						}
						else {
							criteria.add(new Eligibility.Criterion(dimension, parts[1]));
						}
					}
					default -> {
					}
				}
			}
			var eligibility = Eligibility.of(criteria);
			if (eligibility.lifeStages().isEmpty() && (service.has("minimum_age") || service.has("maximum_age"))) {
				eligibility = withAges(eligibility, service.path("minimum_age").asInt(0),
						service.path("maximum_age").asInt(200));
			}
			var schedule = service.path("schedules").path(0);
			var from = date(text(schedule, "valid_from"), at + ".schedules[0].valid_from", problems);
			var to = date(text(schedule, "valid_to"), at + ".schedules[0].valid_to", problems);
			var mobile = text(service.path("contacts").path(0).path("phones").path(0), "number");
			var status = text(service, "status");
			services.computeIfAbsent(org, k -> new ArrayList<>())
					.add(new DirectoryFile.Service(text(service, "id"),
							nameCode != null ? nameCode : text(service, "name"), null, text(service, "description"),
							capacity, from, to, mobile, eligibility, status == null || "active".equals(status), at));
		}
		List<DirectoryFile.Provider> providers = new ArrayList<>();
		index = 0;
		Set<String> orgIds = new HashSet<>();
		for (var org : organizations) {
			var at = "organizations[" + index++ + "]";
			var id = text(org, "id");
			if (id == null) {
				problems.add(at + ".id", "validation.required");
				continue;
			}
			orgIds.add(id);
			var location = locations.get(id);
			if (location == null) {
				problems.add(at, "validation.resource.import.hsds-location");
				continue;
			}
			ProviderType type = ProviderType.PRIVATE;
			for (var attribute : org.path("attributes")) {
				var term = terms.get(text(attribute, "taxonomy_term_id"));
				if (term != null && DirectoryHsds.PROVIDER_TYPES.equals(term[0])) {
					type = DirectoryFile.enumValue(ProviderType.class, term[1]).orElse(null);
					if (type == null) {
						problems.add(at + ".attributes", "validation.resource.import.hsds-value", term[1]);
					}
				}
			}
			var contact = org.path("contacts").path(0);
			providers.add(new DirectoryFile.Provider(id, text(org, "name"), text(org, "tax_id"),
					text(org.path("phones").path(0), "number"), text(location.path("addresses").path(0), "address_1"),
					text(location, "external_identifier"), type, text(contact, "name"),
					text(contact.path("phones").path(0), "number"), text(org, "description"),
					services.getOrDefault(id, List.of()), at));
		}
		for (var entry : services.entrySet()) {
			if (!orgIds.contains(entry.getKey())) {
				entry.getValue().forEach(s -> problems.add(s.location() + ".organization_id",
						"validation.resource.import.hsds-organization"));
			}
		}
		problems.throwIfAny();
		return providers;
	}

	private static boolean validValue(Eligibility.Dimension dimension, String value) {
		Class<? extends Enum<?>> type = switch (dimension) {
			case LIFE_STAGE -> LifeStage.class;
			case TARGET -> TargetCharacteristic.class;
			case DISABILITY_TYPE -> DisabilityType.class;
			case DISABILITY_GRADE -> DisabilityGrade.class;
			case HOUSEHOLD_TYPE -> HouseholdType.class;
			case INCOME_CLASS -> IncomeClass.class;
		};
		for (var constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	/** Without life-stage attributes, the stages overlapping minimum_age..maximum_age. */
	private static Eligibility withAges(Eligibility e, int min, int max) {
		var stages = EnumSet.noneOf(LifeStage.class);
		for (var stage : LifeStage.values()) {
			if (stage.toAge() >= min && stage.fromAge() <= max) {
				stages.add(stage);
			}
		}
		if (stages.size() == LifeStage.values().length) {
			stages.clear();
		}
		return new Eligibility(stages, e.targets(), e.disabilityTypes(), e.disabilityGrades(), e.householdTypes(),
				e.incomeClasses());
	}

	private static LocalDate date(String value, String field, DirectoryFile.Problems problems) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			problems.add(field, "validation.resource.import.hsds-date");
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		var value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		var text = value.isString() ? value.stringValue() : value.toString();
		return text.isBlank() ? null : text.strip();
	}
}
