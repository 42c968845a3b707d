package kr.dolbom.people.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.ResidentRegistry;
import kr.dolbom.people.Rrn;

@Component
class JdbcResidentRegistry implements ResidentRegistry {

	private static final int CHUNK = 1000;

	private final JdbcPeople people;
	private final RrnProtection protection;
	private final PeopleService service;

	JdbcResidentRegistry(JdbcPeople people, RrnProtection protection, PeopleService service) {
		this.people = people;
		this.protection = protection;
		this.service = service;
	}

	@Override
	public String lookupKey(Rrn rrn) {
		return protection.lookupHash(rrn);
	}

	@Override
	public String seal(Rrn rrn) {
		return protection.encrypt(rrn);
	}

	@Override
	public Rrn unseal(String sealed) {
		return protection.decrypt(sealed);
	}

	@Override
	public Map<String, PersonSummary> byLookupKeys(Collection<String> keys) {
		var result = new HashMap<String, PersonSummary>();
		var list = new ArrayList<>(keys);
		for (int from = 0; from < list.size(); from += CHUNK) {
			List<String> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
			people.findByRrnHashes(chunk).forEach((key, person) -> result.put(key, person.summary()));
		}
		return result;
	}

	@Override
	public PersonId register(String name, Rrn rrn, String officeCode, String addressLine, String phone) {
		var registration = service.register(new PeopleService.NewPerson(name, rrn.digits(), phone,
				new PeopleService.Address(officeCode, addressLine), null, null, null, null, true));
		return registration.person().id();
	}
}
