package kr.dolbom.shared.print;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The text of printed forms. Forms are official Korean documents handed to residents and partner
 * agencies, so they are always in Korean, whatever language the user chose for the screens; the
 * text still lives in the message bundles (English there for reference and for the parity test).
 */
@Component
public class FormTexts {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy. M. d.");
	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy. M. d. HH:mm");

	private final MessageSource messages;

	FormTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Runs a lookup of reference data that follows the user's language (e.g. need domain names) as if
	 * the user had chosen Korean, so that a form is Korean throughout.
	 */
	public <T> T inKorean(Supplier<T> lookup) {
		var previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(Locale.KOREAN);
		try {
			return lookup.get();
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	public String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, Locale.KOREAN);
	}

	/** Dates as Korean official documents write them: 2026. 11. 25. — empty when unknown. */
	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** The empty date line of a signature block: "년 월 일" with room to write. */
	public String blankDate() {
		return get("form.blankDate");
	}

	/** The footer of every printed page: who printed it, for which office, when. */
	public String printedBy(String userName, String username, String unitName, OffsetDateTime at) {
		return get("form.printedBy", userName, username, unitName == null ? "" : unitName, AT.format(at));
	}
}
