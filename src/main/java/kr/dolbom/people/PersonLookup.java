package kr.dolbom.people;

import java.util.Optional;

/**
 * Finding a registered resident by registration number, for modules that register residents by
 * number (e.g. discovery's self-managed targets, seeds appendix 1 6-1: "성명/주민등록번호를 통한
 * 등록"). Like {@link Persons} it checks nothing and logs nothing: the caller checks that the
 * person's office is in its user's scope (and treats one outside it as not found) and writes the
 * access log for its own record.
 */
public interface PersonLookup {

	Optional<PersonSummary> findByRrn(Rrn rrn);
}
