package kr.dolbom.people.internal;

/**
 * The possible-duplicate rule (issue 3): a new person with the same birth date in the same 읍면동
 * and a similar name — the same name ignoring spaces, or names of the same length that differ in
 * one syllable (a typo: 김민수 / 김민서) — is offered as a possible duplicate before a second record
 * is created.
 */
final class SimilarNames {

	private SimilarNames() {
	}

	static boolean similar(String a, String b) {
		if (a == null || b == null) {
			return false;
		}
		var x = a.replace(" ", "").codePoints().toArray();
		var y = b.replace(" ", "").codePoints().toArray();
		if (x.length != y.length) {
			return false;
		}
		int differences = 0;
		for (int i = 0; i < x.length; i++) {
			if (x[i] != y[i] && ++differences > 1) {
				return false;
			}
		}
		return x.length > 1 || differences == 0;
	}
}
