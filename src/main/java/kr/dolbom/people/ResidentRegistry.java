package kr.dolbom.people;

import java.util.Collection;
import java.util.Map;

/**
 * For modules that meet residents before the people register does (discovery: agency files name
 * persons by registration number). They keep numbers only in the protected forms given here — the
 * keyed lookup hash (the same one the register finds persons by) and the encrypted form — never in
 * plain text (개인정보 보호법 §24-2).
 */
public interface ResidentRegistry {

	/** The keyed hash (HMAC-SHA256) of the number, equal to the register's own lookup key. */
	String lookupKey(Rrn rrn);

	/** The number encrypted as the register stores it (AES-256-GCM). */
	String seal(Rrn rrn);

	Rrn unseal(String sealed);

	/**
	 * The registered persons among the lookup keys, by key. No scope check and no access log: the
	 * calling module checks its own record.
	 */
	Map<String, PersonSummary> byLookupKeys(Collection<String> keys);

	/**
	 * Registers a person as {@code POST /api/v1/persons} does, as the signed-in user (scope 404, role
	 * 403, validation 422, access log); an already registered number returns that person.
	 */
	PersonId register(String name, Rrn rrn, String officeCode, String addressLine, String phone);
}
