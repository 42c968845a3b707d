package kr.dolbom.casework.internal.dataset;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import kr.dolbom.consultation.DistrictConsultations;
import kr.dolbom.org.DistrictStaff;
import kr.dolbom.people.DistrictResidents;

/**
 * {@code --dolbom.dataset.generate=district} — after the people module has loaded the district's
 * people (its own runner, order 100) — loads the rest of the district dataset (quality.md), each
 * part by the module that owns it: the staff (org: 100 users in teams), the consultations
 * (consultation: 300,000 over 5 years) and the cases with their deadlines (casework and deadline:
 * 30,000 cases). Seed {@code dolbom.dataset.seed} (42); sizes {@code dolbom.dataset.cases},
 * {@code dolbom.dataset.consultations}; the day the history ends {@code dolbom.dataset.today}
 * (default: today, so that work queues show what is due now).
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "dolbom.dataset.generate", havingValue = "district")
class DistrictDatasetGeneration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DistrictDatasetGeneration.class);

	private final DistrictStaff staff;
	private final DistrictResidents residents;
	private final DistrictConsultations consultations;
	private final DistrictCaseLoader cases;
	private final Environment environment;
	private final Clock clock;

	DistrictDatasetGeneration(DistrictStaff staff, DistrictResidents residents, DistrictConsultations consultations,
			DistrictCaseLoader cases, Environment environment, Clock clock) {
		this.staff = staff;
		this.residents = residents;
		this.consultations = consultations;
		this.cases = cases;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long seed = environment.getProperty("dolbom.dataset.seed", Long.class, 42L);
		int caseCount = environment.getProperty("dolbom.dataset.cases", Integer.class, 30_000);
		int consultationCount = environment.getProperty("dolbom.dataset.consultations", Integer.class, 300_000);
		var district = environment.getProperty("dolbom.dataset.district", "4415000000");
		var today = environment.getProperty("dolbom.dataset.today", LocalDate.class, LocalDate.now(clock));

		long started = System.nanoTime();
		var workers = staff.ensure(district);
		Map<String, List<UUID>> recorders = new HashMap<>();
		workers.forEach(w -> recorders.computeIfAbsent(w.officeCode(), k -> new ArrayList<>()).add(w.id().value()));
		log.info("District staff ready: {} case managers in {} offices", workers.size(), recorders.size());

		var heads = residents.heads(district, seed);
		long t1 = System.nanoTime();
		var initials = consultations.ensure(heads, recorders, seed, consultationCount, caseCount, today);
		log.info("District consultations: {} ({} initial) in {} ms", consultationCount, initials.size(),
				(System.nanoTime() - t1) / 1_000_000);

		long t2 = System.nanoTime();
		var loaded = cases.load(initials, workers, district, seed, today);
		if (loaded.alreadyPresent()) {
			log.info("District cases of seed {} are already loaded; nothing to do", seed);
		}
		else {
			log.info("District cases loaded: {} cases by state {}, {} with deadlines, in {} ms", loaded.cases(),
					loaded.byState(), loaded.withDeadlines(), (System.nanoTime() - t2) / 1_000_000);
		}
		log.info("District dataset (staff, consultations, cases) done in {} ms", (System.nanoTime() - started) / 1_000_000);
	}
}
