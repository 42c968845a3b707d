package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.dolbom.consultation.ConsultationSummary.Problem;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.org.DemoSignIn;
import kr.dolbom.org.Users;
import kr.dolbom.people.DemoPeople;
import kr.dolbom.people.Persons;

/**
 * Outreach demo data (try-it mode): a visit to 김영희 made today by 이지은 and 박성호 (so the progress page shows
 * something) and an incident report of an earlier visit to 문경호's household that waits for the team lead.
 * People turning 65 next month are part of the people demo data (이순자). Once: skipped when the office has
 * an outreach visit already.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
class OutreachVisitDemoData implements ApplicationRunner {

	private final OutreachVisitService visits;
	private final IncidentReportService incidents;
	private final JdbcOutreachVisits store;
	private final Persons persons;
	private final Users users;
	private final DemoSignIn signIn;
	private final Clock clock;

	OutreachVisitDemoData(OutreachVisitService visits, IncidentReportService incidents, JdbcOutreachVisits store,
			Persons persons, Users users, DemoSignIn signIn, Clock clock) {
		this.visits = visits;
		this.incidents = incidents;
		this.store = store;
		this.persons = persons;
		this.users = users;
		this.signIn = signIn;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var today = LocalDate.now(clock);
		if (!store.ofOffice(DemoOrg.OFFICE, LocalDate.of(2000, 1, 1), LocalDate.of(3000, 1, 1)).isEmpty()
				|| persons.find(DemoPeople.KIM_YOUNGHEE).isEmpty()) {
			return;
		}
		var worker = users.findByUsername("demo.worker").orElse(null);
		var lead = users.findByUsername("demo.lead").orElse(null);
		if (worker == null || lead == null) {
			return;
		}
		signIn.run("demo.worker", () -> {
			var visit = visits.plan(List.of(new OutreachVisitService.NewVisit(DemoPeople.KIM_YOUNGHEE,
					VisitTargetGroup.HIGH_RISK_SINGLE, today, List.of(worker.id().value(), lead.id().value()), false))).get(0);
			visits.riskCheck(visit.id(), new OutreachVisitService.RiskCheckInput(false, false, false, false, null, false));
			visits.record(visit.id(), new OutreachVisitService.VisitRecord(today,
					List.of(worker.id().value(), lead.id().value()), null,
					List.of(new Problem("SAFETY", "겨울철 난방 끊김 우려", null, null)), "고위험 1인 가구 정기 방문. 난방 상태 확인.",
					null, OutreachVisit.Decision.MONITOR, "월 1회 안부 확인")); 
			incidents.report(new IncidentReportService.NewIncident(null, DemoOrg.OFFICE, persons.find(DemoPeople.MOON_KYUNGHO)
					.map(p -> p.householdId().value()).orElse(null), LocalDateTime.now(clock).minusDays(5).withHour(15)
					.withMinute(20).withSecond(0).withNano(0), "대상자 자택 (봉황로 88 지하)", "대상자, 방문 직원 이지은",
					"찾아가는 보건복지팀장 박성호", "음주 상태의 대상자가 폭언하며 문을 세게 닫음", null, "신체 피해 없음",
					"방문 목적을 듣고 갑자기 화를 냄", null, "대화를 멈추고 현장을 벗어나 팀장에게 보고", null, false, null));
		});
	}
}
