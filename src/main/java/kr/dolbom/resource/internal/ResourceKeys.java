package kr.dolbom.resource.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalised comparison keys for the duplicate check of appendix 7 (4) (중복의심 유형: 제공주체명,
 * 사업자등록번호, 전화번호, 주소 동일). The same provider is written in many ways: with or without
 * spaces and hyphens, "주식회사 한빛", "(주)한빛", "㈜한빛", "한빛 주식회사", full-width characters,
 * "충청남도" or "충남". Keys are compared, never shown.
 */
public final class ResourceKeys {

	/** Legal-form words and their abbreviations; ㈜ and full-width brackets become "(주)" through NFKC first. */
	private static final Pattern LEGAL_FORMS = Pattern.compile(
			"주식회사|유한회사|유한책임회사|사단법인|재단법인|사회복지법인|\\(\\s*(?:주|유|사|재|복|사복)\\s*\\)");

	/** Spaces, hyphens and dashes of every kind, middle dots, brackets and other punctuation. */
	private static final Pattern SEPARATORS = Pattern
			.compile("[\\s\\u00a0\\u3000\\-\\u2010-\\u2015\\u2212·ㆍ•.,()\\[\\]{}<>'\"/~_:;]");

	private static final Map<String, String> PROVINCES = new LinkedHashMap<>();

	static {
		PROVINCES.put("서울특별시", "서울");
		PROVINCES.put("부산광역시", "부산");
		PROVINCES.put("대구광역시", "대구");
		PROVINCES.put("인천광역시", "인천");
		PROVINCES.put("광주광역시", "광주");
		PROVINCES.put("대전광역시", "대전");
		PROVINCES.put("울산광역시", "울산");
		PROVINCES.put("세종특별자치시", "세종");
		PROVINCES.put("경기도", "경기");
		PROVINCES.put("강원특별자치도", "강원");
		PROVINCES.put("강원도", "강원");
		PROVINCES.put("충청북도", "충북");
		PROVINCES.put("충청남도", "충남");
		PROVINCES.put("전북특별자치도", "전북");
		PROVINCES.put("전라북도", "전북");
		PROVINCES.put("전라남도", "전남");
		PROVINCES.put("경상북도", "경북");
		PROVINCES.put("경상남도", "경남");
		PROVINCES.put("제주특별자치도", "제주");
	}

	private ResourceKeys() {
	}

	/** A provider's name without legal form, spaces, hyphens and punctuation, lower case. */
	public static String name(String name) {
		if (name == null) {
			return "";
		}
		var text = Normalizer.normalize(name, Normalizer.Form.NFKC);
		text = LEGAL_FORMS.matcher(text).replaceAll("");
		return SEPARATORS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** Free text (a standard service name) without spaces and punctuation: "노인 맞춤 돌봄" = "노인맞춤돌봄". */
	public static String text(String text) {
		if (text == null) {
			return "";
		}
		var normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return SEPARATORS.matcher(normal).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** Digits only: phone and business registration numbers. */
	public static String digits(String value) {
		if (value == null) {
			return "";
		}
		return Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\D", "");
	}

	/** An address without spaces and punctuation, province names shortened ("충청남도" = "충남"). */
	public static String address(String address) {
		if (address == null) {
			return "";
		}
		var text = Normalizer.normalize(address, Normalizer.Form.NFKC);
		text = SEPARATORS.matcher(text).replaceAll("");
		for (var province : PROVINCES.entrySet()) {
			text = text.replace(province.getKey(), province.getValue());
		}
		return text.toLowerCase(Locale.ROOT);
	}
}
