package kr.dolbom.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.HouseholdSummary;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;

@Component
class JdbcPersons implements Persons {

	private final JdbcPeople people;

	JdbcPersons(JdbcPeople people) {
		this.people = people;
	}

	@Override
	public Optional<PersonSummary> find(PersonId id) {
		return people.find(id).map(PersonRecord::summary);
	}

	@Override
	public List<PersonSummary> findAll(Collection<PersonId> ids) {
		return people.findAll(ids).stream().map(PersonRecord::summary).toList();
	}

	@Override
	public Optional<HouseholdSummary> household(HouseholdId id) {
		return people.household(id).map(h -> new HouseholdSummary(h.id(), h.officeCode(), h.addressLine(),
				h.incomeClass(), people.members(id).stream().map(PersonRecord::summary).toList()));
	}
}
