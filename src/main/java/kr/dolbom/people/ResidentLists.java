package kr.dolbom.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Lists of residents of one 읍면동 for outreach target lists (manual 1-2 ③). Like {@link Persons} these
 * calls check nothing and log nothing: the calling module checks the caller's scope for the office and
 * writes the access log for what it shows.
 */
public interface ResidentLists {

	/** Living residents of the office born on or after {@code from} and before {@code until}, by birth date. */
	List<PersonSummary> bornBetween(String officeCode, LocalDate from, LocalDate until);

	/** The flags set on households of the office, for the given flags. */
	List<FlaggedHousehold> flagged(String officeCode, Collection<HouseholdFlag> flags);

	/** The flags of one household. */
	List<FlaggedHousehold> flagsOf(HouseholdId household);
}
