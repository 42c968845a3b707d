package kr.dolbom.people.internal.dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --dolbom.dataset.generate=district} loads the people part of the district dataset
 * (quality.md: 500,000 persons in 220,000 households of the demo 시군구) into the configured
 * database; the application then exits (see shared DatasetCommandExit). Seed and sizes:
 * {@code dolbom.dataset.seed}, {@code dolbom.dataset.persons}, {@code dolbom.dataset.households}.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "dolbom.dataset.generate")
class DatasetGeneration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatasetGeneration.class);

	private final DistrictPeopleLoader loader;
	private final Environment environment;

	DatasetGeneration(DistrictPeopleLoader loader, Environment environment) {
		this.loader = loader;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		var what = environment.getProperty("dolbom.dataset.generate", "");
		if (!what.equals("district") && !what.equals("district-people")) {
			return;
		}
		long seed = environment.getProperty("dolbom.dataset.seed", Long.class, 42L);
		int persons = environment.getProperty("dolbom.dataset.persons", Integer.class, 500_000);
		int households = environment.getProperty("dolbom.dataset.households", Integer.class, 220_000);
		var district = environment.getProperty("dolbom.dataset.district", "4415000000");
		long started = System.nanoTime();
		var loaded = loader.load(loader.dataset(district, seed, persons, households));
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (loaded.alreadyPresent()) {
			log.info("District people of seed {} are already loaded; nothing to do", seed);
		}
		else {
			log.info("District people loaded: {} households, {} persons in {} ms", loaded.households(), loaded.persons(),
					millis);
		}
	}
}
