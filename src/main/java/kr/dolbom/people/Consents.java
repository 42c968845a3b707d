package kr.dolbom.people;

import java.time.LocalDate;

/** "Does this person have a valid consent for X" — asked before intake, sharing and meetings. */
public interface Consents {

	/** Given on or before the day, not expired and not withdrawn on that day. */
	boolean hasValidConsent(PersonId person, ConsentScope scope, LocalDate on);
}
