package kr.dolbom.resource.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.shared.ValidationFailed;
import tools.jackson.databind.json.JsonMapper;

/** quality.md "Bad input" for HSDS files: every problem with its JSON path, nothing half-read. */
class HsdsReaderTests {

	private final HsdsReader reader = new HsdsReader(JsonMapper.builder().build());

	private static final String TERMS = """
			"taxonomies": [{"id": "t1", "name": "dolbom-eligibility"}, {"id": "t2", "name": "dolbom-provider-types"}],
			"taxonomy_terms": [
			  {"id": "e1", "code": "LIFE_STAGE:ELDERLY", "taxonomy_id": "t1"},
			  {"id": "e2", "code": "LIFE_STAGE:TEENAGER", "taxonomy_id": "t1"},
			  {"id": "p1", "code": "PUBLIC", "taxonomy_id": "t2"}]""";

	private static List<String> fields(ValidationFailed failure) {
		return failure.problems().stream().map(p -> p.field()).toList();
	}

	@Test
	void anOrganizationWithItsLocationAndServicesIsRead() {
		var providers = reader.read("""
				{"organizations": [{"id": "o1", "name": "보건지소", "phones": [{"number": "041-840-1111"}],
				   "attributes": [{"taxonomy_term_id": "p1"}]}],
				 "locations": [{"id": "l1", "organization_id": "o1", "external_identifier": "4415057000",
				   "addresses": [{"address_1": "공주시 신관동 1"}]}],
				 "services": [{"id": "s1", "organization_id": "o1", "name": "방문건강관리", "status": "active",
				   "attributes": [{"taxonomy_term_id": "e1"}], "schedules": [{"valid_from": "2026-01-01"}]},
				   {"id": "s2", "organization_id": "o1", "name": "치매 조기검진", "minimum_age": 60}],
				""" + TERMS + "}");
		assertThat(providers).hasSize(1);
		var p = providers.get(0);
		assertThat(p.type()).isEqualTo(ProviderType.PUBLIC);
		assertThat(p.orgUnitCode()).isEqualTo("4415057000");
		assertThat(p.services()).hasSize(2);
		assertThat(p.services().get(0).eligibility().lifeStages()).containsExactly(LifeStage.ELDERLY);
		// without life-stage attributes the ages say which stages are meant
		assertThat(p.services().get(1).eligibility().lifeStages()).containsExactlyInAnyOrder(LifeStage.MIDDLE_AGED,
				LifeStage.ELDERLY);
	}

	@Test
	void everyProblemIsReportedWithItsPath() {
		var text = """
				{"organizations": [{"id": "o1", "name": "위치 없음"}, {"name": "아이디 없음"},
				   {"id": "o3", "name": "좋음"}],
				 "locations": [{"id": "l3", "organization_id": "o3", "addresses": [{"address_1": "x"}]}],
				 "services": [{"id": "s1", "organization_id": "o3", "name": "방문건강관리",
				     "attributes": [{"taxonomy_term_id": "e2"}], "schedules": [{"valid_to": "31.12.2026"}]},
				   {"id": "s2", "organization_id": "nowhere", "name": "집수리"}],
				""" + TERMS + "}";
		assertThatThrownBy(() -> reader.read(text)).isInstanceOfSatisfying(ValidationFailed.class,
				f -> assertThat(fields(f)).containsExactly("services[0].attributes", "services[0].schedules[0].valid_to",
						"organizations[0]", "organizations[1].id", "services[1].organization_id"));
	}

	@Test
	void notJsonOrNotHsdsOrNoOrganizationsIsRefused() {
		assertThatThrownBy(() -> reader.read("{\"organizations\": [")).isInstanceOf(ValidationFailed.class);
		assertThatThrownBy(() -> reader.read("[1, 2]")).isInstanceOf(ValidationFailed.class);
		assertThatThrownBy(() -> reader.read("{\"services\": []}")).isInstanceOfSatisfying(ValidationFailed.class,
				f -> assertThat(f.problems().get(0).messageKey()).isEqualTo("validation.resource.import.hsds"));
		assertThatThrownBy(() -> reader.read("{\"organizations\": []}")).isInstanceOfSatisfying(ValidationFailed.class,
				f -> assertThat(f.problems().get(0).messageKey()).isEqualTo("validation.resource.import.empty"));
	}
}
