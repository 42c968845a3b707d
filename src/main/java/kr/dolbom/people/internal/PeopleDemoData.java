package kr.dolbom.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.DemoPeople;
import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.Education;
import kr.dolbom.people.HealthStatus;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Relationship;
import kr.dolbom.people.Rrn;
import kr.dolbom.shared.Ids;

/**
 * A few fictional households of 신관동 (and one each in 월송동 and 부여읍) for the try-it mode. The
 * numbers are made up and only valid in form.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
class PeopleDemoData implements ApplicationRunner {

	static final String MARKER_RRN = "4803152000001";

	private final JdbcPeople people;
	private final JdbcConsents consents;
	private final RrnProtection protection;
	private final Clock clock;

	PeopleDemoData(JdbcPeople people, JdbcConsents consents, RrnProtection protection, Clock clock) {
		this.people = people;
		this.consents = consents;
		this.protection = protection;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (people.findByRrnHash(protection.lookupHash(Rrn.parse(MARKER_RRN))).isPresent()) {
			return;
		}
		var now = OffsetDateTime.now(clock);

		// an old woman living alone, low income: the typical outreach case
		var kim = household(DemoOrg.OFFICE, "충청남도 공주시 신관동 봉황로 12, 101호", IncomeClass.NEAR_POVERTY, now);
		var younghee = person(DemoPeople.KIM_YOUNGHEE, kim, "김영희", MARKER_RRN, "010-2345-6789", Relationship.HEAD,
				details(Education.ELEMENTARY, null, HealthStatus.POOR, "고혈압, 무릎 관절염", null, null), now);
		consent(younghee, ConsentScope.CASE_MANAGEMENT, now);

		// a family of four after the father lost his job
		var park = household(DemoOrg.OFFICE, "충청남도 공주시 신관동 신관로 45, 302호", IncomeClass.LOW_INCOME, now);
		var chulsoo = person(DemoPeople.PARK_CHULSOO, park, "박철수", "7805061000002", "010-3456-7890", Relationship.HEAD,
				details(Education.HIGH, "실직 (건설 일용직)", HealthStatus.FAIR, null, null, null), now);
		person(park, "이미경", "8011122000003", "010-4567-8901", Relationship.SPOUSE,
				details(Education.HIGH, "식당 시간제", HealthStatus.FAIR, "우울감 호소", null, null), now);
		person(park, "박지훈", "1204153000004", null, Relationship.CHILD,
				details(Education.ELEMENTARY, "초등학생", HealthStatus.GOOD, null, null, null), now);
		person(park, "박서연", "1609224000005", null, Relationship.CHILD,
				details(Education.PRESCHOOL, null, HealthStatus.GOOD, null, null, null), now);
		consent(chulsoo, ConsentScope.CASE_MANAGEMENT, now);
		consent(chulsoo, ConsentScope.THIRD_PARTY_SHARING, now);

		// a man with a severe physical disability living with his mother
		var choi = household(DemoOrg.OFFICE, "충청남도 공주시 신관동 왕릉로 8", IncomeClass.BASIC_LIVELIHOOD, now);
		var jungsook = person(DemoPeople.CHOI_JUNGSOOK, choi, "최정숙", "5207082000006", "041-855-1234", Relationship.HEAD,
				details(Education.MIDDLE, null, HealthStatus.FAIR, "당뇨", null, null), now);
		var minho = person(DemoPeople.CHOI_MINHO, choi, "최민호", "8203171000007", "010-5678-9012", Relationship.CHILD,
				details(Education.HIGH, null, HealthStatus.POOR, null, DisabilityType.PHYSICAL, DisabilityGrade.SEVERE), now);
		consent(jungsook, ConsentScope.CASE_MANAGEMENT, now);
		consent(minho, ConsentScope.CASE_MANAGEMENT, now);

		// a single mother with a baby
		var jung = household(DemoOrg.OFFICE, "충청남도 공주시 신관동 전막2길 3, 203호", IncomeClass.NEAR_POVERTY, now);
		var daeun = person(DemoPeople.JUNG_DAEUN, jung, "정다은", "9909092000008", "010-6789-0123", Relationship.HEAD,
				details(Education.COLLEGE, "육아휴직", HealthStatus.GOOD, null, null, null), now);
		person(jung, "정하준", "2503013000009", null, Relationship.CHILD,
				details(null, null, HealthStatus.GOOD, null, null, null), now);
		consent(daeun, ConsentScope.CASE_MANAGEMENT, now);

		// four more people living alone, each at another stage of case management
		var oh = household(DemoOrg.OFFICE, "충청남도 공주시 신관동 국고개길 5", IncomeClass.NEAR_POVERTY, now);
		consent(person(DemoPeople.OH_MISOOK, oh, "오미숙", "4912052000013", "010-1357-2468", Relationship.HEAD,
				details(Education.NONE, null, HealthStatus.POOR, "저장강박 의심", null, null), now), ConsentScope.CASE_MANAGEMENT, now);
		var yoon = household(DemoOrg.OFFICE, "충청남도 공주시 신관동 신관로 101, 502호", IncomeClass.GENERAL, now);
		consent(person(DemoPeople.YOON_JAESEOK, yoon, "윤재석", "7411111000014", "010-2468-1357", Relationship.HEAD,
				details(Education.COLLEGE, "자영업 (폐업)", HealthStatus.GOOD, null, null, null), now), ConsentScope.CASE_MANAGEMENT, now);
		var seo = household(DemoOrg.OFFICE, "충청남도 공주시 신관동 한적2길 14", IncomeClass.BASIC_LIVELIHOOD, now);
		consent(person(DemoPeople.SEO_BOKNAM, seo, "서복남", "4102021000015", "041-852-7788", Relationship.HEAD,
				details(Education.ELEMENTARY, null, HealthStatus.SERIOUS, "거동 불편, 청력 저하", DisabilityType.HEARING,
						DisabilityGrade.MILD), now), ConsentScope.CASE_MANAGEMENT, now);
		var moon = household(DemoOrg.OFFICE, "충청남도 공주시 신관동 봉황로 88, 지하 1호", IncomeClass.LOW_INCOME, now);
		consent(person(DemoPeople.MOON_KYUNGHO, moon, "문경호", "6808081000016", "010-9753-1864", Relationship.HEAD,
				details(Education.MIDDLE, "일용직", HealthStatus.FAIR, "알코올 의존 회복 중", null, null), now),
				ConsentScope.CASE_MANAGEMENT, now);

		// someone turning 65 next month, for outreach lists
		var birth65 = LocalDate.now(clock).minusYears(65).plusMonths(1);
		var lee = household(DemoOrg.OFFICE, "충청남도 공주시 신관동 공주대학로 20", IncomeClass.GENERAL, now);
		person(lee, "이순자", rrn(birth65, 2, "000010"), "010-7890-1234", Relationship.HEAD,
				details(Education.HIGH, null, HealthStatus.GOOD, null, null, null), now);

		// 월송동 and 부여읍 residents, outside demo.worker's office
		var wolsong = household(DemoOrg.SECOND_OFFICE, "충청남도 공주시 월송동 월송로 7", IncomeClass.UNKNOWN, now);
		person(wolsong, "한상철", "6110101000011", "010-8901-2345", Relationship.HEAD,
				details(null, null, HealthStatus.SERIOUS, "알코올 의존", null, null), now);
		var buyeo = household(DemoOrg.OTHER_OFFICE, "충청남도 부여군 부여읍 사비로 15", IncomeClass.NEAR_POVERTY, now);
		var minsoo = person(DemoPeople.KANG_MINSOO, buyeo, "강민수", "5505051000012", "010-9012-3456", Relationship.HEAD,
				details(null, null, HealthStatus.POOR, null, null, null), now);
		consent(minsoo, ConsentScope.CASE_MANAGEMENT, now);
	}

	private HouseholdId household(String office, String address, IncomeClass income, OffsetDateTime now) {
		var household = new HouseholdRecord(new HouseholdId(Ids.newId()), office, address, income, 0);
		people.insertHousehold(household, now);
		return household.id();
	}

	private PersonId person(HouseholdId household, String name, String rrnDigits, String phone, Relationship relationship,
			PersonRecord.PersonDetails details, OffsetDateTime now) {
		return person(new PersonId(Ids.newId()), household, name, rrnDigits, phone, relationship, details, now);
	}

	private PersonId person(PersonId id, HouseholdId household, String name, String rrnDigits, String phone, Relationship relationship,
			PersonRecord.PersonDetails details, OffsetDateTime now) {
		var rrn = Rrn.parse(rrnDigits);
		var record = people.household(household).orElseThrow();
		people.insertPerson(new JdbcPeople.NewPersonRow(id, name, protection.encrypt(rrn), protection.lookupHash(rrn),
				rrn.masked(), rrn.birthDate(), rrn.sex(), rrn.foreignResident(), phone, household, relationship,
				record.officeCode(), details, now));
		people.recordMove(id, null, record, LocalDate.now(clock), "등록 (예시 자료)", null, now);
		return id;
	}

	private void consent(PersonId person, ConsentScope scope, OffsetDateTime now) {
		consents.insert(new ConsentRecord(Ids.newId(), person, scope, LocalDate.now(clock).minusDays(3), null, null,
				"예시 자료", now, null, null), Ids.newId());
	}

	private static PersonRecord.PersonDetails details(Education education, String occupation, HealthStatus health,
			String healthNote, DisabilityType disability, DisabilityGrade grade) {
		return new PersonRecord.PersonDetails(education, occupation, health, healthNote, disability, grade, null);
	}

	/** A made-up number for a birth date: 1900s or 2000s digit chosen from the year. */
	private static String rrn(LocalDate birth, int sexDigit1900s, String tail6) {
		int digit = birth.getYear() >= 2000 ? sexDigit1900s + 2 : sexDigit1900s;
		return String.format("%02d%02d%02d%d%s", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
				digit, tail6);
	}
}
