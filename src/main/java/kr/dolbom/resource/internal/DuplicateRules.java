package kr.dolbom.resource.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * When is a provider a possible duplicate of another (appendix 7 (1) ① [중복체크] and (4) 중복의심
 * 유형)? Same business registration number, same phone number or same address anywhere; same name
 * within the same 시군구 (the same name elsewhere is usually a branch of the same kind, e.g. two
 * 푸드뱅크). All compared on the normalised keys of {@link ResourceKeys}.
 */
public final class DuplicateRules {

	public enum Match {
		NAME, BUSINESS_NUMBER, PHONE, ADDRESS
	}

	/** The comparison keys of one provider. */
	public record Keys(String name, String businessNumber, String phone, String address, String districtCode) {

		public static Keys of(String name, String businessNumber, String phone, String address, String districtCode) {
			return new Keys(ResourceKeys.name(name), ResourceKeys.digits(businessNumber), ResourceKeys.digits(phone),
					ResourceKeys.address(address), districtCode);
		}
	}

	private DuplicateRules() {
	}

	public static Set<Match> matches(Keys a, Keys b) {
		var matches = EnumSet.noneOf(Match.class);
		if (!a.name().isEmpty() && a.name().equals(b.name()) && a.districtCode() != null
				&& a.districtCode().equals(b.districtCode())) {
			matches.add(Match.NAME);
		}
		if (!a.businessNumber().isEmpty() && a.businessNumber().equals(b.businessNumber())) {
			matches.add(Match.BUSINESS_NUMBER);
		}
		if (!a.phone().isEmpty() && a.phone().equals(b.phone())) {
			matches.add(Match.PHONE);
		}
		if (!a.address().isEmpty() && a.address().equals(b.address())) {
			matches.add(Match.ADDRESS);
		}
		return matches;
	}
}
