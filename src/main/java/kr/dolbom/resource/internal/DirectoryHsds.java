package kr.dolbom.resource.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.resource.HouseholdType;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.resource.TargetCharacteristic;
import kr.dolbom.shared.ValidationFailed;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The directory as Open Referral HSDS 3.0 JSON (docs/resource.md "HSDS"): {@code organizations}
 * (name, tax_id = business registration number, phones, contacts), {@code locations} (address, the
 * 행정동 code as external identifier), {@code services} (name, description, status, schedules for
 * the period, eligibility as {@code eligibility_description}, {@code minimum_age}/{@code maximum_age}
 * and attributes), and the {@code taxonomies}/{@code taxonomy_terms} the attributes point to
 * (standard service names, categories, eligibility criteria, provider type, capacity). Ids of
 * organizations and services are ours; the ids of the other objects are derived from them, so an
 * export imported into another Dolbom exports again identically.
 */
@Component
class DirectoryHsds {

	static final String VERSION = "3.0";
	static final String SERVICE_NAMES = "dolbom-service-names";
	static final String CATEGORIES = "dolbom-service-categories";
	static final String ELIGIBILITY = "dolbom-eligibility";
	static final String PROVIDER_TYPES = "dolbom-provider-types";
	static final String MEASURES = "dolbom-measures";
	static final String CAPACITY = "CAPACITY";
	static final String ADMIN_CODE = "kr-administrative-code";

	private final JsonMapper json;
	private final MessageSource messages;

	DirectoryHsds(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	static UUID derived(String... parts) {
		return UUID.nameUUIDFromBytes(("dolbom:" + String.join(":", parts)).getBytes(StandardCharsets.UTF_8));
	}

	// --- export

	String write(List<ProviderRecord> providers, Map<ProviderId, List<ServiceRecord>> services,
			List<Taxonomy.Category> categories, OffsetDateTime at) {
		var root = json.createObjectNode();
		root.put("hsds_version", VERSION);
		root.put("generator", "Dolbom");
		root.put("exported_at", at.toString());
		var terms = new Terms();
		var organizations = root.putArray("organizations");
		var locations = root.putArray("locations");
		var serviceArray = root.putArray("services");
		Map<String, String> categoryNames = new HashMap<>();
		categories.forEach(c -> categoryNames.put(c.code(), c.name()));
		for (var p : providers) {
			var id = p.id().toString();
			var org = organizations.addObject();
			org.put("id", id);
			org.put("name", p.name());
			putIf(org, "description", p.description());
			putIf(org, "tax_id", p.businessNumber());
			phone(org.putArray("phones"), derived("phone", id).toString(), p.phone(), "voice");
			var contacts = org.putArray("contacts");
			if (p.contactName() != null || p.contactMobile() != null) {
				var contact = contacts.addObject();
				contact.put("id", derived("contact", id).toString());
				putIf(contact, "name", p.contactName());
				var phones = contact.putArray("phones");
				if (p.contactMobile() != null) {
					phone(phones, derived("contact-phone", id).toString(), p.contactMobile(), "cell");
				}
			}
			var orgAttributes = org.putArray("attributes");
			attribute(orgAttributes, "organization", id, terms.term(PROVIDER_TYPES, p.type().name(),
					label("resource.providerType." + p.type().name()), null), null);

			var locationId = derived("location", id).toString();
			var location = locations.addObject();
			location.put("id", locationId);
			location.put("location_type", "physical");
			location.put("organization_id", id);
			location.put("name", p.name());
			location.put("external_identifier", p.orgUnitCode());
			location.put("external_identifier_type", ADMIN_CODE);
			var address = location.putArray("addresses").addObject();
			address.put("id", derived("address", id).toString());
			address.put("location_id", locationId);
			address.put("address_1", p.address());
			address.put("country", "KR");
			address.put("address_type", "physical");

			for (var s : services.getOrDefault(p.id(), List.of())) {
				var sid = s.id().toString();
				var service = serviceArray.addObject();
				service.put("id", sid);
				service.put("organization_id", id);
				service.put("name", s.name());
				putIf(service, "description", s.description());
				service.put("status", s.status() == ServiceStatus.ACTIVE ? "active" : "inactive");
				var e = s.eligibility();
				if (!e.lifeStages().isEmpty()) {
					service.put("minimum_age", e.lifeStages().stream().mapToInt(LifeStage::fromAge).min().orElse(0));
					int max = e.lifeStages().stream().mapToInt(LifeStage::toAge).max().orElse(200);
					if (max < 200) {
						service.put("maximum_age", max);
					}
				}
				if (e.restricts()) {
					service.put("eligibility_description", describe(e));
				}
				var schedules = service.putArray("schedules");
				if (s.startsOn() != null || s.endsOn() != null) {
					var schedule = schedules.addObject();
					schedule.put("id", derived("schedule", sid).toString());
					schedule.put("service_id", sid);
					putIf(schedule, "valid_from", s.startsOn() == null ? null : s.startsOn().toString());
					putIf(schedule, "valid_to", s.endsOn() == null ? null : s.endsOn().toString());
				}
				var contacts2 = service.putArray("contacts");
				if (s.contactMobile() != null) {
					var contact = contacts2.addObject();
					contact.put("id", derived("service-contact", sid).toString());
					phone(contact.putArray("phones"), derived("service-contact-phone", sid).toString(), s.contactMobile(),
							"cell");
				}
				var link = service.putArray("service_at_locations").addObject();
				link.put("id", derived("service-at-location", sid).toString());
				link.put("service_id", sid);
				link.put("location_id", locationId);
				var attributes = service.putArray("attributes");
				var category = terms.term(CATEGORIES, s.categoryCode(), categoryNames.get(s.categoryCode()), null);
				attribute(attributes, "service", sid, terms.term(SERVICE_NAMES, s.nameCode(), s.name(), category), null);
				for (var c : e.criteria()) {
					var code = c.dimension().name() + ":" + c.value();
					attribute(attributes, "service", sid, terms.term(ELIGIBILITY, code, label(labelKey(c)), null), null);
				}
				if (s.capacity() != null) {
					attribute(attributes, "service", sid, terms.term(MEASURES, CAPACITY, "제공량", null),
							s.capacity().toString());
				}
			}
		}
		var taxonomies = root.putArray("taxonomies");
		for (var name : List.of(SERVICE_NAMES, CATEGORIES, ELIGIBILITY, PROVIDER_TYPES, MEASURES)) {
			var taxonomy = taxonomies.addObject();
			taxonomy.put("id", derived("taxonomy", name).toString());
			taxonomy.put("name", name);
			taxonomy.put("description", label("resource.hsds.taxonomy." + name));
		}
		var termArray = root.putArray("taxonomy_terms");
		terms.all.values().forEach(termArray::add);
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static void phone(ArrayNode phones, String id, String number, String type) {
		var phone = phones.addObject();
		phone.put("id", id);
		phone.put("number", number);
		phone.put("type", type);
	}

	private static void attribute(ArrayNode attributes, String entity, String linkId, ObjectNode term, String value) {
		var attribute = attributes.addObject();
		var termId = term.get("id").asString();
		attribute.put("id", derived("attribute", linkId, termId).toString());
		attribute.put("link_id", linkId);
		attribute.put("link_type", "taxonomy");
		attribute.put("link_entity", entity);
		attribute.put("taxonomy_term_id", termId);
		putIf(attribute, "value", value);
	}

	private static void putIf(ObjectNode node, String name, String value) {
		if (value != null) {
			node.put(name, value);
		}
	}

	private final class Terms {

		final Map<String, ObjectNode> all = new LinkedHashMap<>();

		ObjectNode term(String taxonomy, String code, String name, ObjectNode parent) {
			return all.computeIfAbsent(taxonomy + ":" + code, k -> {
				var term = json.createObjectNode();
				term.put("id", derived("term", taxonomy, code).toString());
				term.put("code", code);
				term.put("name", name == null ? code : name);
				term.put("taxonomy", taxonomy);
				term.put("taxonomy_id", derived("taxonomy", taxonomy).toString());
				if (parent != null) {
					term.put("parent_id", parent.get("id").asString());
				}
				return term;
			});
		}
	}

	private static String labelKey(Eligibility.Criterion c) {
		return switch (c.dimension()) {
			case LIFE_STAGE -> "resource.lifeStage." + c.value();
			case TARGET -> "resource.target." + c.value();
			case DISABILITY_TYPE -> "disability." + c.value();
			case DISABILITY_GRADE -> "disabilityGrade." + c.value();
			case HOUSEHOLD_TYPE -> "resource.householdType." + c.value();
			case INCOME_CLASS -> "income." + c.value();
		};
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, Locale.KOREAN);
	}

	private String describe(Eligibility e) {
		List<String> parts = new ArrayList<>();
		e.criteria().forEach(c -> parts.add(label(labelKey(c))));
		return String.join(", ", parts);
	}

	// --- import

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
					case SERVICE_NAMES -> nameCode = term[1];
					case MEASURES -> {
						if (CAPACITY.equals(term[1])) {
							try {
								capacity = Integer.valueOf(text(attribute, "value"));
							}
							catch (NumberFormatException e) {
								problems.add(at + ".attributes", "validation.resource.import.hsds-value", "capacity");
							}
						}
					}
					case ELIGIBILITY -> {
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
		Set<String> orgIds = new java.util.HashSet<>();
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
				if (term != null && PROVIDER_TYPES.equals(term[0])) {
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
