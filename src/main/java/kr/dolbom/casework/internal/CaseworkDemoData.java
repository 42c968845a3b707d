package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseType;
import kr.dolbom.casework.ClosureType;
import kr.dolbom.casework.Selection;
import kr.dolbom.casework.domain.Assessment;
import kr.dolbom.casework.domain.ServicePlan;
import kr.dolbom.consultation.Consultations;
import kr.dolbom.org.DemoSignIn;
import kr.dolbom.org.UserId;
import kr.dolbom.org.Users;
import kr.dolbom.people.DemoPeople;
import kr.dolbom.people.PersonId;

/**
 * Cases in every stage for the try-it mode (architecture.md: "households and cases in every
 * stage"), built through the same services the pages use, as demo.worker and demo.lead, so that
 * each case has its history, deadlines and access-log entries. The cases open today (a case's
 * steps cannot predate its intake); requests made weeks ago make some deadlines late or overdue, as
 * in a real office. Runs once per resident: one who already has a case is left alone.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
class CaseworkDemoData implements ApplicationRunner {

	private static final String WORKER = "demo.worker";
	private static final String LEAD = "demo.lead";

	private final CaseService caseService;
	private final AssessmentService assessments;
	private final MeetingService meetings;
	private final PlanService plans;
	private final CheckService checks;
	private final ClosureService closures;
	private final CaseRepository cases;
	private final Consultations consultations;
	private final Users users;
	private final DemoSignIn signIn;
	private final Clock clock;

	CaseworkDemoData(CaseService caseService, AssessmentService assessments, MeetingService meetings, PlanService plans,
			CheckService checks, ClosureService closures, CaseRepository cases, Consultations consultations, Users users,
			DemoSignIn signIn, Clock clock) {
		this.caseService = caseService;
		this.assessments = assessments;
		this.meetings = meetings;
		this.plans = plans;
		this.checks = checks;
		this.closures = closures;
		this.cases = cases;
		this.consultations = consultations;
		this.users = users;
		this.signIn = signIn;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var today = LocalDate.now(clock);
		// RECEIVED three weeks after the request, assigned but not assessed: the assessment is overdue
		open(DemoPeople.CHOI_MINHO, today.minusDays(21), WORKER, c -> {
		});
		// ASSESSED, waiting for the selection meeting; the team lead is her case manager
		open(DemoPeople.OH_MISOOK, today.minusDays(7), LEAD, c -> assess(LEAD, c, "HOUSING", "주거 환경 정비", 4));
		// NOT_SELECTED: the household manages with a single referral; a written notice was issued
		open(DemoPeople.YOON_JAESEOK, today.minusDays(9), WORKER, c -> {
			assess(WORKER, c, "LAW_RIGHTS", "개인회생 상담 연계", 2);
			select(c, Selection.NOT_SELECTED, null, "법률구조공단 개인회생 상담 연계로 충분하여 미선정");
		});
		// SELECTED, plan submitted and waiting for the team lead's approval
		open(DemoPeople.PARK_CHULSOO, today.minusDays(10), WORKER, c -> {
			assess(WORKER, c, "ECONOMY", "긴급생계지원과 재취업", 4);
			select(c, Selection.CASE_MANAGEMENT, CaseType.INTENSIVE, null);
			var plan = signIn.as(WORKER, () -> plans.draft(c, List.of(
					new ServicePlan.Goal("ECONOMY", ServicePlan.Term.SHORT, "1개월 안에 긴급생계지원을 받아 월세 체납을 해소한다"),
					new ServicePlan.Goal("WORK", ServicePlan.Term.LONG, "6개월 안에 안정적인 일자리를 얻는다")),
					List.of(new ServicePlan.Service("공주시 고용복지플러스센터", "취업성공패키지 상담", "주 1회", today,
							today.plusMonths(6), null))));
			signIn.run(WORKER, () -> plans.submit(plan.id()));
		});
		// PLANNED: a service-link household, simplified plan signed, first check not yet done
		open(DemoPeople.SEO_BOKNAM, today.minusDays(14), WORKER, c -> {
			assess(WORKER, c, "CARE", "식사 지원", 3);
			select(c, Selection.SERVICE_LINK, null, null);
			activePlan(c, List.of(), List.of(new ServicePlan.Service("공주시 노인복지관", "도시락 배달", "주 5회", today,
					today.plusMonths(3), null)));
		});
		// IN_SERVICE: plan signed and the first service check done
		open(DemoPeople.KIM_YOUNGHEE, today.minusDays(12), WORKER, c -> {
			assess(WORKER, c, "ECONOMY", "체납 공과금 해결", 4);
			select(c, Selection.CASE_MANAGEMENT, CaseType.GENERAL, null);
			activePlan(c, generalGoals(), services(today));
			check(c, today, "NONE");
		});
		// CLOSING: goals met, closure review submitted, waiting for the team lead
		open(DemoPeople.MOON_KYUNGHO, today.minusDays(20), WORKER, c -> {
			assess(WORKER, c, "MENTAL_HEALTH", "단주 유지와 일자리", 4);
			select(c, Selection.CASE_MANAGEMENT, CaseType.GENERAL, null);
			activePlan(c, generalGoals(), services(today));
			check(c, today, "CLOSE");
			assess(WORKER, c, "MENTAL_HEALTH", "단주 유지", 2);
			requestClosure(c, today);
		});
		// CLOSED with follow-ups at 6 and 12 months and a satisfaction survey ahead
		open(DemoPeople.JUNG_DAEUN, today.minusDays(30), WORKER, c -> {
			assess(WORKER, c, "CHILDCARE_EDUCATION", "어린이집 입소", 3);
			select(c, Selection.CASE_MANAGEMENT, CaseType.GENERAL, null);
			activePlan(c, generalGoals(), services(today));
			check(c, today, "CLOSE");
			assess(WORKER, c, "CHILDCARE_EDUCATION", "어린이집 입소 완료", 1);
			requestClosure(c, today);
			signIn.run(LEAD, () -> closures.approve(c));
		});
		// 부여읍: received by demo.other, not yet assigned (outside every 공주시 user's scope)
		open(DemoPeople.KANG_MINSOO, today.minusDays(3), "demo.other", null, c -> {
		});
	}

	private interface Steps {
		void after(CaseId intake);
	}

	private void open(PersonId person, LocalDate requestedOn, String manager, Steps steps) {
		open(person, requestedOn, WORKER, manager, steps);
	}

	private void open(PersonId person, LocalDate requestedOn, String receiver, String manager, Steps steps) {
		if (!cases.ofPerson(person.value()).isEmpty()) {
			return;
		}
		var consultation = consultations.latestInitial(person);
		if (consultation.isEmpty()) {
			return; // a demo database from before these residents existed
		}
		var opened = signIn.as(receiver, () -> caseService.intake(person, consultation.get().id(), requestedOn));
		if (manager != null) {
			signIn.run(LEAD, () -> caseService.assign(opened.id(), userId(manager)));
		}
		steps.after(opened.id());
	}

	private UserId userId(String username) {
		return users.findByUsername(username).orElseThrow().id();
	}

	private void assess(String manager, CaseId c, String domain, String need, int score) {
		signIn.run(manager, () -> assessments.record(c, LocalDate.now(clock),
				List.of(new Assessment.Item(domain, null, need, score, null, null, null))));
	}

	private UUID meeting(CaseId c, String decisions) {
		var lead = users.findByUsername(LEAD).orElseThrow();
		var worker = users.findByUsername(WORKER).orElseThrow();
		var participants = List.of(
				new MeetingService.Participant(lead.name(), "신관동 맞춤형복지팀", "팀장", lead.id().value()),
				new MeetingService.Participant(worker.name(), "신관동 맞춤형복지팀", "사례관리자", worker.id().value()));
		return signIn.as(WORKER, () -> meetings.hold(new MeetingService.NewMeeting("INTERNAL", LocalDate.now(clock), false,
				participants, List.of(new MeetingService.CaseMinutes(c.value(), "가구 상황과 욕구 사정 결과 공유", decisions,
						null, null)))));
	}

	private void select(CaseId c, Selection decision, CaseType type, String reason) {
		var meeting = meeting(c, decision == Selection.NOT_SELECTED ? "미선정" : "대상자 선정");
		signIn.run(LEAD, () -> caseService.select(c, decision, meeting, type, reason));
	}

	private List<ServicePlan.Goal> generalGoals() {
		return List.of(new ServicePlan.Goal("ECONOMY", ServicePlan.Term.SHORT, "3개월 안에 밀린 공과금을 분납으로 해결한다"),
				new ServicePlan.Goal("PHYSICAL_HEALTH", ServicePlan.Term.LONG, "정기적으로 병원 진료를 받는다"));
	}

	private List<ServicePlan.Service> services(LocalDate today) {
		return List.of(new ServicePlan.Service("공주시 푸드뱅크", "식품 지원", "월 2회", today, today.plusMonths(6), null),
				new ServicePlan.Service("신관동 방문간호", "건강 상태 확인", "월 1회", today, today.plusMonths(6), null));
	}

	private void activePlan(CaseId c, List<ServicePlan.Goal> goals, List<ServicePlan.Service> services) {
		var today = LocalDate.now(clock);
		var plan = signIn.as(WORKER, () -> plans.draft(c, goals, services));
		signIn.run(WORKER, () -> plans.submit(plan.id()));
		signIn.run(LEAD, () -> plans.approve(plan.id()));
		signIn.run(WORKER, () -> plans.consent(plan.id(), today, today));
	}

	private void check(CaseId c, LocalDate on, String action) {
		signIn.run(WORKER, () -> checks.record(c, new CheckService.NewCheck(on, "VISIT", "생활이 안정되어 감", "적극적",
				"적절함", 4, action, null, null, null)));
	}

	private void requestClosure(CaseId c, LocalDate today) {
		var meeting = meeting(c, "목표 달성으로 종결");
		signIn.run(WORKER, () -> closures.request(c, new ClosureService.ClosureRequest(ClosureType.GOALS_ACHIEVED, null,
				meeting, today, false, null, "단기·장기 목표 달성", "위기도 4 → 1", "6개월, 12개월 사후확인과 만족도 조사")));
	}
}
