package kr.dolbom.casework.internal;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import kr.dolbom.people.Names;

/**
 * Removes what identifies a household from free text shown to outside participants: the members'
 * names (masked as 김*용), registration numbers, phone numbers and e-mail addresses.
 */
final class DeIdentifier {

	private static final Pattern RRN = Pattern.compile("\\d{6}\\s*-?\\s*[1-8]\\d{6}");
	private static final Pattern PHONE = Pattern.compile("0\\d{1,2}[-.\\s]?\\d{3,4}[-.\\s]?\\d{4}");
	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private final List<String> names;

	DeIdentifier(List<String> names) {
		// longer names first, so that 남궁민수 is replaced before 남궁민
		this.names = names.stream().filter(n -> n != null && n.length() > 1)
				.sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	String scrub(String text) {
		if (text == null) {
			return null;
		}
		var result = RRN.matcher(text).replaceAll("[주민등록번호 삭제]");
		result = PHONE.matcher(result).replaceAll("[전화번호 삭제]");
		result = EMAIL.matcher(result).replaceAll("[전자우편 삭제]");
		for (var name : names) {
			result = result.replace(name, Names.mask(name));
		}
		return result;
	}
}
