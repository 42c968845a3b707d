package kr.dolbom.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message keys in the caller's locale (Korean unless the user chose English). */
@Component
public class Messages {

	private final MessageSource messageSource;

	Messages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	public String get(String key, Object... arguments) {
		return messageSource.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
