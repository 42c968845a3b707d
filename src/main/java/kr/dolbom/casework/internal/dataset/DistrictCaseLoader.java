package kr.dolbom.casework.internal.dataset;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
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

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseType;
import kr.dolbom.casework.ClosureType;
import kr.dolbom.casework.Selection;
import kr.dolbom.casework.domain.CaseFile;
import kr.dolbom.casework.internal.CaseDeadlines;
import kr.dolbom.consultation.DistrictConsultations;
import kr.dolbom.org.DistrictStaff;
import kr.dolbom.shared.dataset.BulkWriter;

/**
 * The casework part of the district dataset (quality.md: 30,000 cases over every state and 5
 * years): one case per generated initial consultation, driven through the domain's own transitions
 * ({@link CaseFile}: intake → assignment → assessment → selection → plan → checks → closure, a few
 * transferred to another office) with durations drawn from the seed, stopping where "today" is
 * reached. Cases still open, and those closed in the last {@value #DEADLINE_WINDOW_DAYS} days, get
 * their deadlines through the deadline module exactly as the services open and complete them, so
 * that work queues and compliance dashboards show realistic data; older closed cases keep their
 * records only. Case rows go in by COPY.
 */
@Component
public class DistrictCaseLoader {

	private static final Logger log = LoggerFactory.getLogger(DistrictCaseLoader.class);
	static final int DEADLINE_WINDOW_DAYS = 90;
	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
	private static final String[] NEEDS = { "생계비 지원 필요", "돌봄 서비스 연계", "병원 동행 및 치료비", "심리상담 연계", "주거 개선",
			"취업 지원", "학습 지원", "가족관계 회복", "안전 점검", "채무 상담", "여가 활동" };
	private static final String[] PROVIDERS = { "공주시 푸드뱅크", "공주시니어클럽", "공주시 정신건강복지센터", "공주시 종합사회복지관",
			"공주 지역자활센터", "공주시 보건소" };

	static final String CASE_COLUMNS = "id, person_id, household_id, consultation_id, office_code, district_code, "
			+ "requested_on, opened_on, state, selection, case_type, selection_reason, selected_on, assignee_id, main_agency, "
			+ "lacks_local_resources, active_plan_id, first_service_on, closed_on, state_before_closing, transferred_from, "
			+ "transferred_to, created_at, updated_at, version";
	static final String HISTORY_COLUMNS = "case_id, at, user_id, username, action, detail";
	static final String ASSESSMENT_COLUMNS = "id, case_id, assessed_on, recorded_by, recorded_at";
	static final String ASSESSMENT_ITEM_COLUMNS = "assessment_id, line, domain_code, member_id, need, crisis_score, "
			+ "client_view, manager_view, agreed_priority";
	static final String PLAN_COLUMNS = "id, case_id, status, simplified, supersedes, rejection_reason, client_signed_on, "
			+ "provider_consent_on, created_by, created_at, updated_at, version";
	static final String GOAL_COLUMNS = "plan_id, line, domain_code, term, text";
	static final String SERVICE_COLUMNS = "plan_id, line, provider, content, frequency, from_on, to_on, resource_service_id";
	static final String CHECK_COLUMNS = "id, case_id, checked_on, method, client_change, participation, adequacy, "
			+ "satisfaction, action_needed, provider_plan_vs_actual, provider_changes, provider_cooperation, recorded_by, recorded_at";
	static final String CLOSURE_COLUMNS = "case_id, type, reason, meeting_id, planned_on, short_term_only, refused_since, "
			+ "goal_attainment, change_summary, follow_up_plan, requested_by, requested_at, decided_by, decided_at, decision";

	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final CaseDeadlines deadlines;

	DistrictCaseLoader(DataSource dataSource, TransactionTemplate transactions, CaseDeadlines deadlines) {
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.deadlines = deadlines;
	}

	public record Loaded(int cases, Map<CaseState, Integer> byState, int withDeadlines, boolean alreadyPresent) {
	}

	public Loaded load(List<DistrictConsultations.Initial> initials, List<DistrictStaff.Worker> workers, String districtCode,
			long seed, LocalDate today) {
		Map<String, List<DistrictStaff.Worker>> byOffice = new java.util.HashMap<>();
		workers.forEach(w -> byOffice.computeIfAbsent(w.officeCode(), k -> new ArrayList<>()).add(w));
		var offices = byOffice.keySet().stream().sorted().toList();
		return transactions.execute(status -> {
			var connection = DataSourceUtils.getConnection(dataSource);
			try {
				var firstId = id(new SplittableRandom(seed * 1_000_003L));
				try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM case_file WHERE id = ?")) {
					statement.setObject(1, firstId);
					try (var rs = statement.executeQuery()) {
						rs.next();
						if (rs.getLong(1) > 0) {
							return new Loaded(0, Map.of(), 0, true);
						}
					}
				}
				var writer = new BulkWriter(connection).table("case_file", CASE_COLUMNS)
						.table("case_history", HISTORY_COLUMNS).table("case_assessment", ASSESSMENT_COLUMNS)
						.table("case_assessment_item", ASSESSMENT_ITEM_COLUMNS).table("case_plan", PLAN_COLUMNS)
						.table("case_plan_goal", GOAL_COLUMNS).table("case_plan_service", SERVICE_COLUMNS)
						.table("case_check", CHECK_COLUMNS).table("case_closure", CLOSURE_COLUMNS);
				Map<CaseState, Integer> byState = new EnumMap<>(CaseState.class);
				int[] counts = new int[2];
				for (int k = 0; k < initials.size(); k++) {
					var walk = new Walk(writer, new SplittableRandom(seed * 1_000_003L + k), initials.get(k), byOffice,
							offices, districtCode, today);
					for (var c : walk.run()) {
						byState.merge(c.state(), 1, Integer::sum);
						counts[0]++;
					}
					writer.flushIfFull();
					if (walk.recent()) {
						walk.deadlineCalls.forEach(Runnable::run);
						counts[1]++;
					}
					if ((k + 1) % 5_000 == 0) {
						log.info("{} cases generated", k + 1);
					}
				}
				writer.flush();
				writer.analyse();
				return new Loaded(counts[0], byState, counts[1], false);
			}
			catch (SQLException e) {
				throw new IllegalStateException("loading the district cases failed", e);
			}
		});
	}

	static UUID id(SplittableRandom random) {
		return new UUID((random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x4000L,
				(random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
	}

	/** One case's life, drawn from its own random sequence. */
	private final class Walk {

		final BulkWriter writer;
		final SplittableRandom random;
		final DistrictConsultations.Initial initial;
		final Map<String, List<DistrictStaff.Worker>> byOffice;
		final List<String> offices;
		final String districtCode;
		final LocalDate today;
		final List<Runnable> deadlineCalls = new ArrayList<>();
		final List<CaseFile> written = new ArrayList<>();
		DistrictStaff.Worker worker;
		CaseFile last;

		Walk(BulkWriter writer, SplittableRandom random, DistrictConsultations.Initial initial,
				Map<String, List<DistrictStaff.Worker>> byOffice, List<String> offices, String districtCode, LocalDate today) {
			this.writer = writer;
			this.random = random;
			this.initial = initial;
			this.byOffice = byOffice;
			this.offices = offices;
			this.districtCode = districtCode;
			this.today = today;
		}

		/** Days a step takes: mostly within the rule, one in ten three times as long. */
		int days(int min, int max) {
			int d = min + random.nextInt(max - min + 1);
			return random.nextInt(10) == 0 ? d * 3 : d;
		}

		boolean recent() {
			return !last.state().terminal() || (last.closedOn() != null
					&& ChronoUnit.DAYS.between(last.closedOn(), today) <= DEADLINE_WINDOW_DAYS);
		}

		OffsetDateTime at(LocalDate day) {
			return day.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(SEOUL).toOffsetDateTime();
		}

		void history(CaseFile c, LocalDate on, String action, String detail) {
			writer.row("case_history", c.id().value(), at(on), worker.id().value(), worker.username(), action, detail);
		}

		List<CaseFile> run() {
			var office = initial.officeCode();
			worker = pickWorker(office);
			var requested = initial.consultedOn().plusDays(random.nextInt(3));
			if (requested.isAfter(today)) {
				requested = today;
			}
			var c = CaseFile.intake(new CaseId(id(random)), initial.personId().value(), initial.householdId().value(),
					initial.id().value(), office, districtCode, requested, requested);
			var intakeCase = c;
			var referred = initial.referredOn();
			var consulted = initial.consultedOn();
			deadlineCalls.add(() -> deadlines.opened(intakeCase, referred, consulted));
			history(c, requested, "INTAKE", "초기상담 " + consulted + " · 요청일 " + requested);
			c.assign(worker.id().value());
			history(c, requested, "ASSIGN", "주 사례관리자: " + worker.username());
			var assigned = c;
			deadlineCalls.add(() -> deadlines.assigned(assigned));
			last = c;
			walk(c, requested);
			written.add(last);
			write(last);
			return written;
		}

		DistrictStaff.Worker pickWorker(String office) {
			var list = byOffice.get(office);
			return list.get(random.nextInt(list.size()));
		}

		private void walk(CaseFile c, LocalDate from) {
			var t = from.plusDays(days(2, 12));
			if (t.isAfter(today)) {
				return;
			}
			c.assessed();
			assessment(c, t);
			var assessedOn = t;
			deadlineCalls.add(() -> deadlines.assessed(c, assessedOn, true));

			t = t.plusDays(days(4, 18));
			if (t.isAfter(today)) {
				return;
			}
			int r = random.nextInt(100);
			var decision = r < 70 ? Selection.CASE_MANAGEMENT : r < 90 ? Selection.SERVICE_LINK : Selection.NOT_SELECTED;
			var type = decision == Selection.CASE_MANAGEMENT ? CaseType.values()[random.nextInt(10) < 7 ? 0
					: 1 + random.nextInt(2)] : null;
			c.select(decision, type, decision == Selection.NOT_SELECTED ? "자원 연계로 해결 가능하여 미선정" : null, true, t);
			history(c, t, "SELECTION", decision.name());
			var selectedOn = t;
			deadlineCalls.add(() -> deadlines.selected(c, selectedOn));
			if (decision == Selection.NOT_SELECTED) {
				return;
			}

			t = t.plusDays(days(4, 14));
			if (t.isAfter(today)) {
				return;
			}
			var drawn = t.plusDays(random.nextInt(8));
			var firstService = drawn.isAfter(today) ? today : drawn;
			var planId = plan(c, t, firstService, decision == Selection.SERVICE_LINK);
			c.planActivated(planId, firstService);
			var plannedOn = t;
			deadlineCalls.add(() -> deadlines.planActivated(c, plannedOn, firstService));

			t = firstService.plusDays(days(7, 30));
			var serviceEnd = firstService.plusDays(90 + random.nextInt(450));
			var current = c;
			boolean transfer = random.nextInt(100) < 2;
			boolean firstCheck = true;
			Runnable lastCheck = null;
			while (!t.isAfter(today) && !t.isAfter(serviceEnd)) {
				current.checked();
				check(current, t);
				var checkedOn = t;
				var checkedCase = current;
				// the deadline module sees the first check (provision check done) and the last one (the
				// no-contact clock running now); the ones between only restart that clock
				if (firstCheck) {
					deadlineCalls.add(() -> deadlines.checked(checkedCase, checkedOn, true));
					firstCheck = false;
				}
				else {
					lastCheck = () -> deadlines.checked(checkedCase, checkedOn, true);
				}
				if (transfer) {
					transfer = false;
					var on = t.plusDays(1 + random.nextInt(20));
					if (!on.isAfter(today)) {
						current = transferred(current, on);
					}
				}
				t = t.plusDays(days(25, 60));
			}
			if (lastCheck != null) {
				deadlineCalls.add(lastCheck);
			}
			last = current;
			if (current.state() != CaseState.IN_SERVICE || serviceEnd.isAfter(today)) {
				return;
			}
			current.requestClosure();
			var type1 = ClosureType.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(ClosureType.values().length)];
			var approve = serviceEnd.plusDays(days(3, 15));
			boolean approved = !approve.isAfter(today);
			if (approved) {
				current.approveClosure(approve);
			}
			writer.row("case_closure", current.id().value(), type1.name(), "서비스 목표 점검 결과 종결", id(random), serviceEnd,
					false, null, "단기 목표 달성", "위기도 감소", "6개월, 12개월 사후관리", worker.id().value(), at(serviceEnd),
					approved ? worker.id().value() : null, approved ? at(approve) : null, approved ? "APPROVED" : null);
			history(current, serviceEnd, "CLOSURE_REQUEST", type1.name());
			var closing = current;
			deadlineCalls.add(() -> deadlines.closureRequested(closing, serviceEnd));
			if (approved) {
				history(current, approve, "CLOSURE_APPROVED", null);
				deadlineCalls.add(() -> deadlines.closed(closing, approve));
			}
		}

		/** Moves to another office of the district: the old case ends TRANSFERRED, a successor continues there. */
		private CaseFile transferred(CaseFile old, LocalDate on) {
			var newOffice = offices.get(random.nextInt(offices.size()));
			if (newOffice.equals(old.officeCode())) {
				return old;
			}
			var successorId = new CaseId(id(random));
			var successor = old.successorAt(successorId, newOffice, districtCode);
			old.transferredTo(successorId.value());
			history(old, on, "TRANSFER", newOffice);
			write(old);
			written.add(old);
			worker = pickWorker(newOffice);
			successor.assign(worker.id().value());
			history(successor, on, "TRANSFERRED_IN", old.officeCode());
			deadlineCalls.add(() -> deadlines.transferred(old, successor, on));
			deadlineCalls.add(() -> deadlines.assigned(successor));
			return successor;
		}

		private void assessment(CaseFile c, LocalDate on) {
			var id = id(random);
			writer.row("case_assessment", id, c.id().value(), on, worker.id().value(), at(on));
			int domains = 1 + random.nextInt(3);
			for (int line = 1; line <= domains; line++) {
				var domain = line == 1 ? initial.domainCode() : DOMAINS[random.nextInt(DOMAINS.length)];
				writer.row("case_assessment_item", id, line, domain, null, NEEDS[index(domain)], 1 + random.nextInt(5),
						null, null, line);
			}
			history(c, on, "ASSESSMENT", domains + "개 영역");
		}

		private UUID plan(CaseFile c, LocalDate on, LocalDate firstService, boolean simplified) {
			var id = id(random);
			writer.row("case_plan", id, c.id().value(), "APPROVED", simplified, null, null, on, on, worker.id().value(),
					at(on), at(on), 3);
			if (!simplified) {
				writer.row("case_plan_goal", id, 1, initial.domainCode(), "SHORT", NEEDS[index(initial.domainCode())] + " 해결");
				writer.row("case_plan_goal", id, 2, initial.domainCode(), "LONG", "생활 안정");
			}
			writer.row("case_plan_service", id, 1, PROVIDERS[random.nextInt(PROVIDERS.length)], NEEDS[index(initial.domainCode())],
					"월 " + (1 + random.nextInt(4)) + "회", firstService, firstService.plusMonths(6), null);
			history(c, on, "PLAN_ACTIVE", id.toString());
			return id;
		}

		private void check(CaseFile c, LocalDate on) {
			writer.row("case_check", id(random), c.id().value(), on, random.nextBoolean() ? "VISIT" : "PHONE", "변화 있음",
					"적극적", "적절함", 3 + random.nextInt(3), "NONE", null, null, null, worker.id().value(), at(on));
			history(c, on, "CHECK", null);
		}

		private void write(CaseFile c) {
			var created = at(c.openedOn());
			writer.row("case_file", c.id().value(), c.personId(), c.householdId(), c.consultationId(), c.officeCode(),
					c.districtCode(), c.requestedOn(), c.openedOn(), c.state().name(), name(c.selection()), name(c.caseType()),
					c.selectionReason(), c.selectedOn(), c.assignee(), c.mainAgency().name(), c.lacksLocalResources(),
					c.activePlanId(), c.firstServiceOn(), c.closedOn(), name(c.stateBeforeClosing()), c.transferredFrom(),
					c.transferredTo(), created, created, 1);
		}
	}

	private static final String[] DOMAINS = { "ECONOMY", "CARE", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "HOUSING", "WORK",
			"CHILDCARE_EDUCATION", "RELATIONSHIPS", "SAFETY", "LAW_RIGHTS", "CULTURE_LEISURE" };

	private static int index(String domain) {
		for (int i = 0; i < DOMAINS.length; i++) {
			if (DOMAINS[i].equals(domain)) {
				return i;
			}
		}
		return 0;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
