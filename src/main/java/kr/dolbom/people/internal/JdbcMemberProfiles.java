package kr.dolbom.people.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import kr.dolbom.people.MemberProfile;
import kr.dolbom.people.MemberProfiles;
import kr.dolbom.people.PersonId;

@Component
class JdbcMemberProfiles implements MemberProfiles {

	private final JdbcPeople people;

	JdbcMemberProfiles(JdbcPeople people) {
		this.people = people;
	}

	@Override
	public List<MemberProfile> householdOf(PersonId person) {
		var found = people.find(person).orElse(null);
		if (found == null) {
			return List.of();
		}
		return people.members(found.householdId()).stream()
				.sorted(Comparator.comparing((PersonRecord p) -> !p.id().equals(person)))
				.map(JdbcMemberProfiles::profile).toList();
	}

	private static MemberProfile profile(PersonRecord p) {
		var d = p.details();
		return new MemberProfile(p.id(), p.name(), p.rrnMasked(), p.birthDate(), p.sex(), p.relationship(), d.education(),
				d.occupation(), d.healthStatus(), d.healthNote(), d.disabilityType(), d.disabilityGrade(), p.phone(),
				d.contactNote(), p.deceasedOn());
	}
}
