package kr.dolbom.resource.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.org.Role;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.resource.HouseholdType;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.resource.TargetCharacteristic;

/**
 * A realistic directory of 공주시 for the try-it mode: the community welfare centre that is
 * demo.partner's agency, the senior welfare centre, the mental-health and dementia centres, the
 * public health centre's visiting care, the self-sufficiency centre, the food bank and the
 * disability welfare centre (approved), two registrations waiting for demo.resource, and one
 * provider in 부여군 for cross-district checks. Names follow the real kinds of agencies; phone
 * numbers, business numbers and addresses are made up.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
class ResourceDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ResourceDemoData.class);

	static final ProviderId MARKER = new ProviderId(DirectoryHsds.derived("demo", "gongju-community-welfare-centre"));

	private final JdbcProviders providers;
	private final Users users;
	private final Clock clock;

	private OffsetDateTime now;
	private UUID worker;
	private UUID manager;

	ResourceDemoData(JdbcProviders providers, Users users, Clock clock) {
		this.providers = providers;
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (providers.find(MARKER).isPresent()) {
			return;
		}
		now = OffsetDateTime.now(clock);
		worker = users.withRoleAt(Role.SOCIAL_WORKER, DemoOrg.OFFICE).stream().findFirst().map(u -> u.id().value())
				.orElse(null);
		manager = users.withRoleAt(Role.RESOURCE_MANAGER, DemoOrg.DISTRICT).stream().map(UserSummary::id).findFirst()
				.map(id -> id.value()).orElse(null);
		var elderly = Set.of(LifeStage.ELDERLY);
		var poor = Set.of(IncomeClass.BASIC_LIVELIHOOD, IncomeClass.NEAR_POVERTY);

		var centre = approved(MARKER, "공주시종합사회복지관", "307-82-10001", "041-852-1001",
				"충청남도 공주시 신관동 신관로 100", DemoOrg.OFFICE, ProviderType.PRIVATE, "임소희", "010-3100-1001",
				"지역 주민 통합사례관리, 밑반찬 배달, 아동·청소년 방과후 프로그램을 운영합니다.", 0);
		service(centre, "REL-04", "욕구가 복합적인 가구의 민간 통합사례관리", 40, Eligibility.none());
		service(centre, "ECO-05", "주 2회 밑반찬 배달 (화·금)", 60,
				new Eligibility(elderly, null, null, null, null, poor));
		service(centre, "EDU-02", "초·중학생 방과후 학습 지도 (평일 15~18시)", 30,
				new Eligibility(Set.of(LifeStage.CHILD, LifeStage.YOUTH), null, null, null, null, null));
		service(centre, "REL-02", "가족 갈등·양육 상담", null, Eligibility.none());

		var senior = approved(id("gongju-senior-centre"), "공주시 노인복지관", "307-82-10002", "041-853-2002",
				"충청남도 공주시 중학동 웅진로 20", "4415051000", ProviderType.PRIVATE, "박은주", "010-3100-2002",
				"65세 이상 어르신 경로식당, 여가 프로그램, 노인맞춤돌봄, 응급안전 안심서비스.", 0);
		service(senior, "ECO-07", "평일 점심 경로식당", 120, new Eligibility(elderly, null, null, null, null, null));
		service(senior, "CUL-01", "건강체조·노래교실·스마트폰 교실", null,
				new Eligibility(elderly, null, null, null, null, null));
		service(senior, "CARE-01", "안부 확인, 생활 지원, 사회참여 지원", 80,
				new Eligibility(elderly, null, null, null, null,
						Set.of(IncomeClass.BASIC_LIVELIHOOD, IncomeClass.NEAR_POVERTY, IncomeClass.LOW_INCOME)));
		service(senior, "SAF-01", "독거 어르신 댁 화재·활동 감지기 설치와 응급 호출", 50,
				new Eligibility(elderly, Set.of(TargetCharacteristic.LIVING_ALONE), null, null, null, null));

		var mental = approved(id("gongju-mental-health"), "공주시 정신건강복지센터", null, "041-856-3003",
				"충청남도 공주시 웅진동 봉황로 1", "4415054000", ProviderType.PUBLIC, "최다인", "010-3100-3003",
				"정신건강 상담, 중증 정신질환자 사례관리, 자살 예방.", 0);
		service(mental, "MEN-01", "정신건강 선별검사와 상담 (방문 가능)", null, Eligibility.none());
		service(mental, "MEN-02", "중증 정신질환자 등록·사례관리", 60,
				new Eligibility(Set.of(LifeStage.YOUNG_ADULT, LifeStage.MIDDLE_AGED, LifeStage.ELDERLY), null, null,
						null, null, null));
		service(mental, "MEN-03", "자살 고위험군 상담과 사후 관리", null, Eligibility.none());

		var dementia = approved(id("gongju-dementia"), "공주시 치매안심센터", null, "041-856-3004",
				"충청남도 공주시 웅진동 봉황로 1", "4415054000", ProviderType.PUBLIC, "한지수", "010-3100-3004",
				"치매 조기검진, 치매 환자 쉼터와 가족 지원.", 0);
		service(dementia, "PHY-02", "60세 이상 치매 선별검사", null,
				new Eligibility(Set.of(LifeStage.MIDDLE_AGED, LifeStage.ELDERLY), null, null, null, null, null));
		service(dementia, "PHY-03", "경증 치매 어르신 쉼터 (주 3회)", 20,
				new Eligibility(elderly, null, null, null, null, null));

		var health = approved(id("gongju-health-centre"), "공주시보건소", null, "041-856-3000",
				"충청남도 공주시 웅진동 봉황로 1", "4415054000", ProviderType.PUBLIC, "오세훈", "010-3100-3000",
				"방문건강관리(간호사 방문), 만성질환 관리.", 0);
		service(health, "PHY-01", "간호사 가정 방문: 건강 평가, 만성질환·복약 관리", 200,
				new Eligibility(null, null, null, null, null,
						Set.of(IncomeClass.BASIC_LIVELIHOOD, IncomeClass.NEAR_POVERTY)));
		service(health, "PHY-06", "고혈압·당뇨 등록 관리와 교육", null, Eligibility.none());

		// not changed for two years: on the overhaul's recommended list
		var selfSufficiency = approved(id("gongju-self-sufficiency"), "공주지역자활센터", "307-82-10006",
				"041-854-6006", "충청남도 공주시 옥룡동 옥룡길 6", "4415056000", ProviderType.PRIVATE, "윤태호",
				"010-3100-6006", "자활근로 사업단 운영, 취업 상담.", 2);
		service(selfSufficiency, "WRK-01", "자활근로 사업단 (세탁·청소·도시락)", 45,
				new Eligibility(Set.of(LifeStage.YOUNG_ADULT, LifeStage.MIDDLE_AGED), null, null, null, null, poor));
		service(selfSufficiency, "WRK-02", "취업 상담과 일자리 연결", null,
				new Eligibility(Set.of(LifeStage.YOUNG_ADULT, LifeStage.MIDDLE_AGED), null, null, null, null, null));

		var foodBank = approved(id("gongju-food-bank"), "공주시 푸드뱅크", "307-82-10007", "041-855-7007",
				"충청남도 공주시 금학동 금학로 7", "4415055000", ProviderType.PRIVATE, "정미란", "010-3100-7007",
				"기부 식품과 생필품을 저소득 가구에 나눕니다.", 0);
		service(foodBank, "ECO-03", "월 2회 식품 꾸러미", 150, new Eligibility(null, null, null, null, null,
				Set.of(IncomeClass.BASIC_LIVELIHOOD, IncomeClass.NEAR_POVERTY, IncomeClass.LOW_INCOME)));
		service(foodBank, "ECO-02", "생필품 지원 (긴급 시 수시)", null,
				new Eligibility(null, null, null, null, null, poor));

		var disability = approved(id("gongju-disability-centre"), "공주시장애인종합복지관", "307-82-10008",
				"041-857-8008", "충청남도 공주시 신관동 장기로 8", DemoOrg.OFFICE, ProviderType.PRIVATE, "강현우",
				"010-3100-8008", "장애인 활동지원, 재활 치료, 장애인 일자리.", 0);
		service(disability, "CARE-04", "일상생활·이동 지원 활동지원사 파견", 35,
				new Eligibility(null, Set.of(TargetCharacteristic.DISABILITY), null,
						Set.of(DisabilityGrade.SEVERE), null, null));
		service(disability, "PHY-05", "물리·작업 치료", 25, new Eligibility(null,
				Set.of(TargetCharacteristic.DISABILITY),
				EnumSet.of(DisabilityType.PHYSICAL, DisabilityType.BRAIN_LESION), null, null, null));
		service(disability, "CARE-07", "휠체어 리프트 차량 이동 지원", 15,
				new Eligibility(null, Set.of(TargetCharacteristic.DISABILITY), null, null, null, null));

		var grandparents = approved(id("gongju-family-centre"), "공주시가족센터", "307-82-10009", "041-858-9009",
				"충청남도 공주시 웅진동 관골1길 9", "4415054000", ProviderType.PUBLIC, "송유진", "010-3100-9009",
				"한부모·조손·다문화 가족 지원.", 0);
		service(grandparents, "EDU-04", "한부모·조손 가족 자녀 양육 지원", 30,
				new Eligibility(null, null, null, null,
						Set.of(HouseholdType.SINGLE_PARENT, HouseholdType.GRANDPARENT_GRANDCHILD), null));
		service(grandparents, "REL-03", "다문화 가족 자조 모임", null,
				new Eligibility(null, Set.of(TargetCharacteristic.MULTICULTURAL), null, null, null, null));

		// registered by demo.worker, waiting for demo.resource
		var pending = provider(id("gongju-side-dish-shop"), "신관동 행복나눔 반찬가게", "307-81-20010", "041-852-2010",
				"충청남도 공주시 신관동 신관로 210", DemoOrg.OFFICE, ProviderType.PRIVATE, "이상철", "010-3200-2010",
				"지역 반찬가게의 나눔 후원", ProviderStatus.PENDING, 0);
		service(pending, "ECO-05", "홀로 사는 어르신 반찬 나눔 (월 4회)", 10,
				new Eligibility(elderly, Set.of(TargetCharacteristic.LIVING_ALONE), null, null, null, null));
		var repair = provider(id("gongju-repair-volunteers"), "공주 사랑의 집수리 봉사단", null, "010-3200-2011",
				"충청남도 공주시 월송동 월송로 11", DemoOrg.SECOND_OFFICE, ProviderType.PRIVATE, "김건우", "010-3200-2011",
				"전기·수도·도배 자원봉사", ProviderStatus.PENDING, 0);
		service(repair, "HOU-02", "저소득 가구 집수리 봉사 (월 1회)", 4, new Eligibility(null, null, null, null, null,
				Set.of(IncomeClass.BASIC_LIVELIHOOD, IncomeClass.NEAR_POVERTY, IncomeClass.LOW_INCOME)));

		// 부여군: another 시군구 for cross-district checks
		var buyeo = approved(id("buyeo-community-welfare-centre"), "부여군종합사회복지관", "312-82-30001",
				"041-836-3001", "충청남도 부여군 부여읍 사비로 30", DemoOrg.OTHER_OFFICE, ProviderType.PRIVATE, "문지호",
				"010-3300-3001", "부여군 지역 통합사례관리와 밑반찬 배달.", 0);
		service(buyeo, "REL-04", "민간 통합사례관리", 30, Eligibility.none());
		service(buyeo, "ECO-05", "주 1회 밑반찬 배달", 40, new Eligibility(elderly, null, null, null, null, poor));

		log.info("Demo resource directory loaded: 공주시 providers and services, one provider in 부여군");
	}

	private static ProviderId id(String key) {
		return new ProviderId(DirectoryHsds.derived("demo", key));
	}

	private ProviderId approved(ProviderId id, String name, String business, String phone, String address,
			String unit, ProviderType type, String contact, String mobile, String description, int yearsOld) {
		return provider(id, name, business, phone, address, unit, type, contact, mobile, description,
				ProviderStatus.APPROVED, yearsOld);
	}

	private ProviderId provider(ProviderId id, String name, String business, String phone, String address,
			String unit, ProviderType type, String contact, String mobile, String description, ProviderStatus status,
			int yearsOld) {
		var at = now.minusYears(yearsOld);
		var district = unit.substring(0, 5) + "00000";
		var registeredBy = unit.startsWith(DemoOrg.DISTRICT.substring(0, 5)) ? worker : null;
		providers.insert(new ProviderRecord(id, name, business, phone, address, unit, district, type, description,
				contact, mobile, status, null, ProviderRecord.Source.LOCAL, null, registeredBy,
				registeredBy == null ? null : DemoOrg.OFFICE, registeredBy == null ? null : DemoOrg.DISTRICT, null, at,
				at, null, 0));
		providers.record(id, null, HistoryEntry.Action.REGISTERED, null, ProviderStatus.PENDING.name(), "예시 자료", null,
				registeredBy, at);
		if (status == ProviderStatus.APPROVED) {
			providers.record(id, null, HistoryEntry.Action.APPROVED, ProviderStatus.PENDING.name(),
					ProviderStatus.APPROVED.name(), null, null, district.equals(DemoOrg.DISTRICT) ? manager : null, at);
		}
		return id;
	}

	private void service(ProviderId provider, String nameCode, String description, Integer capacity,
			Eligibility eligibility) {
		var name = providers.serviceName(nameCode).orElseThrow();
		var at = providers.find(provider).orElseThrow().createdAt();
		var id = new ServiceId(DirectoryHsds.derived("demo", provider.toString(), nameCode));
		providers.insertService(new ServiceRecord(id, provider, nameCode, name.name(), name.categoryCode(),
				name.categoryName(), description, capacity, null, null, null, ServiceStatus.ACTIVE, null, eligibility,
				at, at, 0));
	}
}
