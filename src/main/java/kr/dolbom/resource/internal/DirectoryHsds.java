package kr.dolbom.resource.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ServiceStatus;

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
}
