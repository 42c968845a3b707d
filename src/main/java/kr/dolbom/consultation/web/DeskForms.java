package kr.dolbom.consultation.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import kr.dolbom.org.DolbomUser;
import kr.dolbom.shared.ValidationFailed;

/** Reading the HTML forms of the desk, checklist, monitor and health pages. */
final class DeskForms {

	private DeskForms() {
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		for (var constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	static <E extends Enum<E>> Set<E> set(Class<E> type, List<String> values) {
		var set = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().map(v -> parse(type, v)).filter(v -> v != null).forEach(set::add);
		}
		return set;
	}

	static <E extends Enum<E>> Set<E> set(Class<E> type, MultiValueMap<String, String> form, String name) {
		return set(type, form.get(name));
	}

	static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (RuntimeException e) {
			throw ValidationFailed.of(field, "validation.invalid");
		}
	}

	static LocalDateTime dateTime(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip());
		}
		catch (RuntimeException e) {
			throw ValidationFailed.of(field, "validation.invalid");
		}
	}

	static Integer integer(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw ValidationFailed.of(field, "validation.invalid");
		}
	}

	/** "true"/"false" of a yes/no radio group; null when not chosen. */
	static Boolean yesNo(String value) {
		return value == null || value.isBlank() ? null : Boolean.valueOf("true".equals(value));
	}

	static boolean checked(String value) {
		return value != null && !value.isBlank();
	}

	/** The 읍면동 a list page shows by default: the user's own office, else the first in scope. */
	static String defaultOffice(DolbomUser user) {
		var offices = user.scope().offices();
		var home = user.homeUnitCode().orElse(null);
		if (home != null && offices.contains(home)) {
			return home;
		}
		return offices.stream().sorted().findFirst().orElse(null);
	}
}
