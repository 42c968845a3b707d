package kr.dolbom.people.internal.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.dolbom.people.Relationship;
import kr.dolbom.people.Rrn;

/** quality.md "district" dataset, people part: exact totals, valid numbers, reproducible from the seed. */
class DistrictPeopleDatasetTests {

	private static final List<String> OFFICES = List.of("4415057000", "4415059000", "4415025000");
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static DistrictPeopleDataset dataset(long seed) {
		return new DistrictPeopleDataset(seed, 5_000, 2_200, OFFICES, TODAY);
	}

	@Test
	void theTotalsAreExactAndEveryHouseholdHasOneHead() {
		List<DistrictPeopleDataset.Household> households = new ArrayList<>();
		List<DistrictPeopleDataset.Member> members = new ArrayList<>();
		dataset(42).generate(households::add, members::add);
		assertThat(households).hasSize(2_200);
		assertThat(members).hasSize(5_000);
		assertThat(members.stream().filter(m -> m.relationship() == Relationship.HEAD)).hasSize(2_200);
		assertThat(households).allSatisfy(h -> assertThat(OFFICES).contains(h.officeCode()));
	}

	@Test
	void everyNumberIsValidUniqueAndAgreesWithTheBirthDate() {
		var numbers = new HashSet<String>();
		dataset(42).generate(h -> {
		}, m -> {
			var rrn = Rrn.parse(m.rrn());
			assertThat(rrn.birthDate()).isEqualTo(m.birthDate());
			assertThat(numbers.add(m.rrn())).isTrue();
		});
		assertThat(numbers).hasSize(5_000);
	}

	@Test
	void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
		assertThat(dataset(7).registrationNumbers()).isEqualTo(dataset(7).registrationNumbers());
		assertThat(dataset(7).registrationNumbers()).isNotEqualTo(dataset(8).registrationNumbers());
	}
}
