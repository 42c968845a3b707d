package kr.dolbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** architecture.md: Korean by default with an English bundle; both must know every key. */
class MessageBundleTests {

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyKoreanBundleHasAnEnglishOneWithTheSameKeys() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		List<String> bundles = new ArrayList<>(List.of("messages"));
		for (var resource : resolver.getResources("classpath*:i18n/*.properties")) {
			var name = resource.getFilename();
			if (!name.endsWith("_en.properties")) {
				bundles.add("i18n/" + name.replace(".properties", ""));
			}
		}
		assertThat(bundles).contains("i18n/audit");
		Set<String> seen = new HashSet<>();
		for (var bundle : bundles) {
			var korean = load(bundle + ".properties");
			var english = load(bundle + "_en.properties");
			assertThat(english.stringPropertyNames()).as(bundle)
					.containsExactlyInAnyOrderElementsOf(korean.stringPropertyNames());
			for (var key : korean.stringPropertyNames()) {
				assertThat(seen.add(key)).as("key %s is defined in two bundles", key).isTrue();
			}
		}
	}

	@Test
	void theDefaultBundleIsKorean() throws IOException {
		assertThat(load("messages.properties").getProperty("login.title")).isEqualTo("로그인");
	}
}
