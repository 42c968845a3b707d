package kr.dolbom.people;

/** Masking of names and phone numbers where the full value is not needed (domain.md §2). */
public final class Names {

	private Names() {
	}

	/** 김민용 → 김*용, 이준 → 이*, 남궁민수 → 남**수 */
	public static String mask(String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		var cps = name.strip().codePoints().toArray();
		if (cps.length == 1) {
			return name.strip();
		}
		var sb = new StringBuilder().appendCodePoint(cps[0]);
		if (cps.length == 2) {
			return sb.append('*').toString();
		}
		sb.append("*".repeat(cps.length - 2));
		return sb.appendCodePoint(cps[cps.length - 1]).toString();
	}

	/** 010-1234-5678 → 010-1234-**** */
	public static String maskPhone(String phone) {
		if (phone == null || phone.length() < 4) {
			return phone;
		}
		return phone.substring(0, phone.length() - 4) + "****";
	}
}
