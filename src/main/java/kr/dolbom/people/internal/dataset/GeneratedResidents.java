package kr.dolbom.people.internal.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import kr.dolbom.people.DistrictResidents;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Relationship;

/** {@link DistrictResidents} from {@link DistrictPeopleDataset} with the configured sizes. */
@Component
class GeneratedResidents implements DistrictResidents {

	private final DistrictPeopleLoader loader;
	private final Environment environment;

	GeneratedResidents(DistrictPeopleLoader loader, Environment environment) {
		this.loader = loader;
		this.environment = environment;
	}

	@Override
	public List<Resident> heads(String districtCode, long seed) {
		int persons = environment.getProperty("dolbom.dataset.persons", Integer.class, 500_000);
		int households = environment.getProperty("dolbom.dataset.households", Integer.class, 220_000);
		List<Resident> heads = new ArrayList<>(households);
		loader.dataset(districtCode, seed, persons, households).generate(h -> {
		}, m -> {
			if (m.relationship() == Relationship.HEAD) {
				heads.add(new Resident(new PersonId(m.id()), new HouseholdId(m.householdId()), m.officeCode(), m.birthDate()));
			}
		});
		Collections.shuffle(heads, new Random(seed));
		return heads;
	}
}
