package kr.dolbom.audit.internal;

/** The outcome of checking the whole chain: intact, or the first entry where it breaks and why. */
public record ChainCheck(boolean intact, long entriesChecked, Long brokenAtSeq, String problemKey) {

	static ChainCheck ok(long checked) {
		return new ChainCheck(true, checked, null, null);
	}

	static ChainCheck broken(long checked, long seq, String problemKey) {
		return new ChainCheck(false, checked, seq, problemKey);
	}
}
