package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.consultation.ConsultationSummary.Problem;
import kr.dolbom.org.DemoSignIn;
import kr.dolbom.people.DemoPeople;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;

/**
 * Initial consultations of the demo residents (try-it mode), recorded by demo.worker through the
 * service so that they carry their deadlines and access-log entries; the casework demo data opens
 * cases from them. Runs once: a resident who already has a consultation is left alone.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
class ConsultationDemoData implements ApplicationRunner {

	private final ConsultationService consultations;
	private final JdbcConsultations store;
	private final Persons persons;
	private final DemoSignIn signIn;
	private final Clock clock;

	ConsultationDemoData(ConsultationService consultations, JdbcConsultations store, Persons persons, DemoSignIn signIn,
			Clock clock) {
		this.consultations = consultations;
		this.store = store;
		this.persons = persons;
		this.signIn = signIn;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var today = LocalDate.now(clock);
		signIn.run("demo.worker", () -> {
			initial(DemoPeople.KIM_YOUNGHEE, ConsultationRoute.OUTREACH, today.minusDays(12), "혼자 사는 어르신, 겨울 난방비와 병원비 걱정",
					new Problem("ECONOMY", "난방비·공과금 3개월 체납", null, 1),
					new Problem("PHYSICAL_HEALTH", "무릎 관절염으로 외출 어려움", null, 2));
			initial(DemoPeople.PARK_CHULSOO, ConsultationRoute.WALK_IN, today.minusDays(10), "가장 실직 후 생계 곤란으로 내방",
					new Problem("ECONOMY", "실직으로 소득 중단, 월세 2개월 체납", null, 1),
					new Problem("WORK", "재취업 희망, 건설 일용직 외 경력 없음", null, 2));
			initial(DemoPeople.CHOI_JUNGSOOK, ConsultationRoute.PHONE, today.minusDays(2), "중증장애 아들을 돌보는 어머니의 돌봄 부담 호소",
					new Problem("CARE", "고령의 어머니가 중증장애 아들을 홀로 돌봄", null, 1));
			initial(DemoPeople.CHOI_MINHO, ConsultationRoute.AGENCY_REFERRAL, today.minusDays(21), "장애인복지관 의뢰: 활동지원 공백",
					new Problem("CARE", "활동지원 시간 부족", null, 1),
					new Problem("PHYSICAL_HEALTH", "욕창 위험", null, 2));
			initial(DemoPeople.JUNG_DAEUN, ConsultationRoute.WALK_IN, today.minusDays(30), "한부모 가구, 육아휴직 중 생활비 부족",
					new Problem("CHILDCARE_EDUCATION", "어린이집 입소 대기", null, 1),
					new Problem("ECONOMY", "육아휴직 급여만으로 생활비 부족", null, 2));
			initial(DemoPeople.OH_MISOOK, ConsultationRoute.RESIDENT_REFERRAL, today.minusDays(7), "이웃 신고: 집 안에 물건이 쌓여 악취",
					new Problem("HOUSING", "주거 환경 불량 (저장강박 의심)", null, 1),
					new Problem("RELATIONSHIPS", "가족과 연락 끊김", null, 2));
			initial(DemoPeople.YOON_JAESEOK, ConsultationRoute.WALK_IN, today.minusDays(9), "폐업 후 채무 상담 요청",
					new Problem("LAW_RIGHTS", "사업 채무 독촉", null, 1));
			initial(DemoPeople.SEO_BOKNAM, ConsultationRoute.OUTREACH, today.minusDays(14), "방문 건강관리 중 발견: 식사 거름",
					new Problem("PHYSICAL_HEALTH", "거동 불편으로 병원 방문 못 함", null, 1),
					new Problem("CARE", "식사 준비 어려움", null, 2));
			initial(DemoPeople.MOON_KYUNGHO, ConsultationRoute.AGENCY_REFERRAL, today.minusDays(20), "정신건강복지센터 의뢰: 단주 후 생활 재건",
					new Problem("MENTAL_HEALTH", "알코올 의존 회복 중 재발 위험", null, 1),
					new Problem("WORK", "일자리 필요", null, 2));
		});
		signIn.run("demo.other", () -> initial(DemoPeople.KANG_MINSOO, ConsultationRoute.WALK_IN, today.minusDays(3),
				"부여읍 주민, 병원비 부담", new Problem("PHYSICAL_HEALTH", "만성질환 치료비 부담", null, 1)));
	}

	private void initial(PersonId person, ConsultationRoute route, LocalDate on, String summary, Problem... problems) {
		if (persons.find(person).isEmpty() || !store.ofPerson(person).isEmpty()) {
			return; // demo residents of an older demo database, or consulted already
		}
		consultations.record(new ConsultationService.NewConsultation(person, ConsultationKind.INITIAL, route, on, on,
				List.of(problems), summary, null));
	}
}
