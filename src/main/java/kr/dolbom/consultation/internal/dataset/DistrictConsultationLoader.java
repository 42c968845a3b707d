package kr.dolbom.consultation.internal.dataset;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.dolbom.consultation.ConsultationId;
import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.consultation.DistrictConsultations;
import kr.dolbom.people.DistrictResidents;
import kr.dolbom.shared.dataset.BulkWriter;

/** {@link DistrictConsultations}: COPY into consultation and consultation_problem. */
@Component
class DistrictConsultationLoader implements DistrictConsultations {

	private static final Logger log = LoggerFactory.getLogger(DistrictConsultationLoader.class);
	static final String[] DOMAINS = { "ECONOMY", "CARE", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "HOUSING", "WORK",
			"CHILDCARE_EDUCATION", "RELATIONSHIPS", "SAFETY", "LAW_RIGHTS", "CULTURE_LEISURE" };
	private static final int[] DOMAIN_WEIGHTS = { 30, 14, 16, 10, 9, 8, 3, 4, 2, 3, 1 };
	private static final String[] PROBLEMS = { "생활비 부족", "돌봄 공백", "만성질환 관리", "우울감 호소", "주거 환경 열악", "실직",
			"자녀 교육비 부담", "가족 갈등", "안전 우려", "채무 문제", "사회적 고립" };
	private static final ConsultationRoute[] INITIAL_ROUTES = { ConsultationRoute.WALK_IN, ConsultationRoute.PHONE,
			ConsultationRoute.AGENCY_REFERRAL, ConsultationRoute.RESIDENT_REFERRAL, ConsultationRoute.OUTREACH,
			ConsultationRoute.DISCOVERY };
	private static final ConsultationKind[] OTHER_KINDS = { ConsultationKind.DESK, ConsultationKind.OUTREACH,
			ConsultationKind.MONITOR, ConsultationKind.HEALTH };
	static final String CONSULTATION_COLUMNS = "id, person_id, household_id, office_code, kind, route, referred_on, "
			+ "consulted_on, summary, wanted_help, recorded_by, recorded_at, version";
	static final String PROBLEM_COLUMNS = "consultation_id, line, domain_code, problem, member_id, client_priority";

	private final DataSource dataSource;
	private final TransactionTemplate transactions;

	DistrictConsultationLoader(DataSource dataSource, TransactionTemplate transactions) {
		this.dataSource = dataSource;
		this.transactions = transactions;
	}

	static UUID uuid(SplittableRandom random) {
		return new UUID((random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x4000L,
				(random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
	}

	static String pick(SplittableRandom random, String[] values, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	@Override
	public List<Initial> ensure(List<DistrictResidents.Resident> residents, Map<String, List<UUID>> recorders, long seed,
			int total, int initial, LocalDate today) {
		if (residents.size() < initial) {
			throw new IllegalArgumentException("fewer residents than initial consultations");
		}
		var random = new SplittableRandom(seed * 31 + 7);
		int days = 5 * 365;
		var start = today.minusDays(days);
		List<Initial> initials = new ArrayList<>(initial);
		return transactions.execute(status -> {
			var connection = DataSourceUtils.getConnection(dataSource);
			try {
				BulkWriter writer = null;
				for (int i = 0; i < total; i++) {
					var id = uuid(random);
					boolean first = i < initial;
					var resident = first ? residents.get(i) : residents.get(random.nextInt(residents.size()));
					var on = start.plusDays(random.nextInt(days + 1));
					var domain = pick(random, DOMAINS, DOMAIN_WEIGHTS);
					var referred = first ? on.minusDays(random.nextInt(6)) : null;
					var route = first ? INITIAL_ROUTES[random.nextInt(INITIAL_ROUTES.length)]
							: ConsultationRoute.values()[random.nextInt(ConsultationRoute.values().length)];
					var kind = first ? ConsultationKind.INITIAL : OTHER_KINDS[random.nextInt(OTHER_KINDS.length)];
					var users = recorders.get(resident.officeCode());
					var recorder = users.get(random.nextInt(users.size()));
					int problems = 1 + random.nextInt(3);
					if (i == 0) {
						if (exists(connection, id)) {
							log.info("District consultations of seed {} are already loaded", seed);
						}
						else {
							writer = new BulkWriter(connection).table("consultation", CONSULTATION_COLUMNS)
									.table("consultation_problem", PROBLEM_COLUMNS);
						}
					}
					if (first) {
						initials.add(new Initial(new ConsultationId(id), resident.personId(), resident.householdId(),
								resident.officeCode(), referred, on, domain));
					}
					if (writer != null) {
						var at = on.atTime(10, 0).atZone(ZoneId.of("Asia/Seoul")).toOffsetDateTime();
						writer.row("consultation", id, resident.personId().value(), resident.householdId().value(),
								resident.officeCode(), kind.name(), route.name(), referred, on,
								(first ? "초기상담: " : "상담: ") + PROBLEMS[index(domain)] + " 관련 (생성 데이터)",
								first ? "도움 요청" : null, recorder, at, 0);
						for (int line = 1; line <= problems; line++) {
							var d = line == 1 ? domain : DOMAINS[random.nextInt(DOMAINS.length)];
							writer.row("consultation_problem", id, line, d, PROBLEMS[index(d)], null, line);
						}
					}
					else {
						for (int line = 2; line <= problems; line++) {
							random.nextInt(DOMAINS.length); // keep the random sequence identical
						}
					}
					if (writer != null) {
						writer.flushIfFull();
					}
					if ((i + 1) % 100_000 == 0) {
						log.info("{} consultations generated", i + 1);
					}
				}
				if (writer != null) {
					writer.flush();
					writer.analyse();
				}
				return initials;
			}
			catch (SQLException e) {
				throw new IllegalStateException("loading the district consultations failed", e);
			}
		});
	}

	private static int index(String domain) {
		for (int i = 0; i < DOMAINS.length; i++) {
			if (DOMAINS[i].equals(domain)) {
				return i;
			}
		}
		return 0;
	}

	private static boolean exists(java.sql.Connection connection, UUID id) throws SQLException {
		try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM consultation WHERE id = ?")) {
			statement.setObject(1, id);
			try (var rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1) > 0;
			}
		}
	}
}
