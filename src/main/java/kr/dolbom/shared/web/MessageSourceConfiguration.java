package kr.dolbom.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * UI text lives in {@code messages.properties} (shared and organisation) and one bundle per module
 * in {@code i18n/<module>.properties}, each with an {@code _en} variant. Module bundles are found
 * on the classpath, so a new module only adds its files. Korean is the default; there is no
 * fallback to the server's locale.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

	@Bean
	MessageSource messageSource() throws IOException {
		var source = new ResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static List<String> basenames() throws IOException {
		List<String> names = new ArrayList<>();
		names.add("messages");
		var bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		Arrays.stream(bundles).map(Resource::getFilename).filter(Objects::nonNull)
				.filter(name -> !name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
				.map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.sorted().distinct().forEach(names::add);
		return names;
	}
}
