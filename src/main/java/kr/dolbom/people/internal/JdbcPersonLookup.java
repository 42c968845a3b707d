package kr.dolbom.people.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import kr.dolbom.people.PersonLookup;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Rrn;

/** Exact lookup through the keyed hash of the number, as {@link PeopleService#findByRrn} does. */
@Component
class JdbcPersonLookup implements PersonLookup {

	private final JdbcPeople people;
	private final RrnProtection protection;

	JdbcPersonLookup(JdbcPeople people, RrnProtection protection) {
		this.people = people;
		this.protection = protection;
	}

	@Override
	public Optional<PersonSummary> findByRrn(Rrn rrn) {
		return people.findByRrnHash(protection.lookupHash(rrn)).map(PersonRecord::summary);
	}
}
