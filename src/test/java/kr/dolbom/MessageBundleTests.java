package kr.dolbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

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
	void koreanAndEnglishBundlesHaveTheSameKeys() throws IOException {
		var korean = load("messages.properties");
		var english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(korean.stringPropertyNames());
	}

	@Test
	void theDefaultBundleIsKorean() throws IOException {
		assertThat(load("messages.properties").getProperty("login.title")).isEqualTo("로그인");
	}
}
