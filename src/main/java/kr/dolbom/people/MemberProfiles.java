package kr.dolbom.people;

import java.util.List;

/**
 * For other modules that print a household (the initial consultation sheet). Like {@link Persons}
 * it checks nothing and logs nothing: the caller checks the person's scope and logs its print.
 */
public interface MemberProfiles {

	/** The person's household, the person first, then the other members in registration order. */
	List<MemberProfile> householdOf(PersonId person);
}
