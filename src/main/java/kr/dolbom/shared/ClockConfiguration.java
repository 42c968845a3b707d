package kr.dolbom.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every "today" in Dolbom is a Korean date; tests replace this clock to travel in time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	@Bean
	Clock clock() {
		return Clock.system(KOREA);
	}
}
