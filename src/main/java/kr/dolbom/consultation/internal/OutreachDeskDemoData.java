package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.org.DemoSignIn;
import kr.dolbom.people.DemoPeople;
import kr.dolbom.people.Persons;

/**
 * Demo records of the desk, monitor, checklist and health features at 신관동 (try-it mode), made
 * through the services so that they carry their deadlines and access-log entries. Runs once: the
 * marker is 박철수's desk consultation.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
class OutreachDeskDemoData implements ApplicationRunner {

	private final DeskService desk;
	private final JdbcDesk deskStore;
	private final MonitorService monitors;
	private final AbuseCheckService abuseChecks;
	private final HealthService health;
	private final Persons persons;
	private final DemoSignIn signIn;
	private final Clock clock;

	OutreachDeskDemoData(DeskService desk, JdbcDesk deskStore, MonitorService monitors, AbuseCheckService abuseChecks,
			HealthService health, Persons persons, DemoSignIn signIn, Clock clock) {
		this.desk = desk;
		this.deskStore = deskStore;
		this.monitors = monitors;
		this.abuseChecks = abuseChecks;
		this.health = health;
		this.persons = persons;
		this.signIn = signIn;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (deskStore.anyFor(DemoPeople.PARK_CHULSOO.value())) {
			return;
		}
		var today = LocalDate.now(clock);
		signIn.run("demo.worker", () -> {
			// a walk-in three weeks ago whose external referral has not been checked: overdue in the queue
			desk.record(new DeskService.NewDeskConsultation(DemoPeople.PARK_CHULSOO, today.minusDays(21), true, true,
					EnumSet.of(DeskTopic.BENEFITS, DeskTopic.EMPLOYMENT, DeskTopic.HOUSING),
					EnumSet.of(InternalReferral.BENEFIT_APPLICATION), "주거급여 신청서 접수 안내",
					"실직 후 생계·주거비 부담으로 내방. 주거급여와 취업 지원 안내.",
					List.of(new DeskService.ExternalReferral("공주고용복지플러스센터", "국민취업지원제도 상담",
							"신분증, 구직신청서", "센터 방문 신청 후 2주 안에 첫 상담", "취업지원팀 담당자", "041-850-0000"))));
			// a walk-in today with a referral to the credit counselling service (due in 10 working days)
			var recent = desk.record(new DeskService.NewDeskConsultation(DemoPeople.YOON_JAESEOK, today, true, true,
					EnumSet.of(DeskTopic.FINANCE), EnumSet.noneOf(InternalReferral.class), null,
					"폐업 후 채무 독촉으로 상담. 채무조정 절차 안내.",
					List.of(new DeskService.ExternalReferral("신용회복위원회 공주지부", "채무조정 상담", "신분증, 채무 내역서",
							"전화 예약 후 방문 상담", "상담 창구", "1600-5500"))));
			// monitor cycles of existing recipients
			var kim = persons.find(DemoPeople.KIM_YOUNGHEE).orElseThrow();
			monitors.setCycle(kim.householdId(), new MonitorService.CycleRequest(DemoPeople.KIM_YOUNGHEE, 3,
					today.withDayOfMonth(Math.min(25, today.lengthOfMonth())), "독거 어르신, 겨울철 난방 점검"), null);
			var jung = persons.find(DemoPeople.JUNG_DAEUN).orElseThrow();
			monitors.setCycle(jung.householdId(), new MonitorService.CycleRequest(DemoPeople.JUNG_DAEUN, 6,
					today.plusMonths(1).withDayOfMonth(10), "사례관리 종결 가구, 종결 후 6개월 단위"), null);
			// an elder abuse check without any sign of abuse
			abuseChecks.record(new AbuseCheckService.NewAbuseCheck(DemoPeople.KIM_YOUNGHEE, AbuseCheckKind.ELDER,
					today.minusDays(12), Map.of("PHYSICAL", false, "EMOTIONAL", false, "SEXUAL", false, "ECONOMIC", false,
							"NEGLECT", false, "INADEQUATE_SUPPORT", false, "AGENCY_REPORT", false),
					"방문상담 중 점검, 이상 없음", null));
			if (recent.referrals().isEmpty()) {
				throw new IllegalStateException("demo referral missing");
			}
		});
		signIn.run("demo.nurse", () -> {
			health.checkDuplicate(new HealthService.NewDuplicateCheck(DemoPeople.SEO_BOKNAM, today.minusDays(3), false,
					"PHIS 조회: 보건소 방문건강관리 대상 아님"));
			health.recordVisit(new HealthService.NewVisit(DemoPeople.SEO_BOKNAM, today.minusDays(2), false, null,
					EnumSet.of(HealthCodes.RiskFactor.FALL_RISK, HealthCodes.RiskFactor.MALNUTRITION),
					EnumSet.of(HealthCodes.ChronicDisease.HYPERTENSION, HealthCodes.ChronicDisease.ARTHRITIS),
					"혈압약 1일 1회 (복용 불규칙)", "복약 달력 사용법, 낙상 예방 운동", Set.of(HealthCodes.Link.BOGUNSO_VISITING),
					"보건소 방문건강관리 연계 요청", "혈압 148/92, 식사를 자주 거름"));
			var programme = health.createProgramme(new HealthService.NewProgramme(DemoOrg.OFFICE, "고혈압 어르신 식단 교실",
					HealthCodes.ProgrammeTopic.CHRONIC_DIET, today.plusDays(7), today.plusDays(35), 4, 12));
			health.join(programme.programme().id(), DemoPeople.KIM_YOUNGHEE, today);
			health.join(programme.programme().id(), DemoPeople.SEO_BOKNAM, today);
		});
	}

}
