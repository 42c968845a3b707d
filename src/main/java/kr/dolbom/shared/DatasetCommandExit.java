package kr.dolbom.shared;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Generating a dataset ({@code --dolbom.dataset.generate=…}) is a command, not a server start: once
 * every module's generator has run, the application stops.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "dolbom.dataset.generate")
class DatasetCommandExit implements ApplicationRunner {

	private final ConfigurableApplicationContext context;

	DatasetCommandExit(ConfigurableApplicationContext context) {
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		System.exit(SpringApplication.exit(context, () -> 0));
	}
}
