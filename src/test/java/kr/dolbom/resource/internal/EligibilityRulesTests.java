package kr.dolbom.resource.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.HouseholdSummary;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Relationship;
import kr.dolbom.people.Sex;
import kr.dolbom.resource.HouseholdType;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.TargetCharacteristic;
import kr.dolbom.resource.internal.EligibilityRules.Result;
import kr.dolbom.shared.ValidationFailed;

/**
 * Appendix 7 (1) ②: 서비스대상 기준(생애주기, 대상특성, 가구유형, 소득구분) decide who can receive a
 * service "서비스 조회 시 활용"; 대상특성 "장애" opens 장애유형 and 장애등급.
 */
class EligibilityRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
	private static final HouseholdId HOUSEHOLD = new HouseholdId(UUID.randomUUID());

	private static PersonSummary member(int age, Relationship relationship) {
		return member(age, relationship, null, null);
	}

	private static PersonSummary member(int age, Relationship relationship, DisabilityType type, DisabilityGrade grade) {
		return new PersonSummary(new PersonId(UUID.randomUUID()), "시험", "000000-0******",
				TODAY.minusYears(age).minusDays(1), Sex.FEMALE, HOUSEHOLD, relationship, "4415057000", type, grade, null);
	}

	private static HouseholdSummary household(IncomeClass income, PersonSummary... members) {
		return new HouseholdSummary(HOUSEHOLD, "4415057000", "신관동", income, List.of(members));
	}

	private static PersonProfile profile(PersonSummary person, HouseholdSummary household) {
		return PersonProfile.of(person, household, TODAY);
	}

	private static Eligibility lifeStages(LifeStage... stages) {
		return new Eligibility(Set.of(stages), null, null, null, null, null);
	}

	private static Eligibility incomes(IncomeClass... classes) {
		return new Eligibility(null, null, null, null, null, Set.of(classes));
	}

	@Test
	void lifeStageFollowsTheAgeInFullYears() {
		assertThat(LifeStage.ofAge(0)).isEqualTo(LifeStage.INFANT);
		assertThat(LifeStage.ofAge(5)).isEqualTo(LifeStage.INFANT);
		assertThat(LifeStage.ofAge(6)).isEqualTo(LifeStage.CHILD);
		assertThat(LifeStage.ofAge(18)).isEqualTo(LifeStage.YOUTH);
		assertThat(LifeStage.ofAge(19)).isEqualTo(LifeStage.YOUNG_ADULT);
		assertThat(LifeStage.ofAge(64)).isEqualTo(LifeStage.MIDDLE_AGED);
		assertThat(LifeStage.ofAge(65)).isEqualTo(LifeStage.ELDERLY);
		var turning65Tomorrow = new PersonSummary(new PersonId(UUID.randomUUID()), "시험", "x", TODAY.minusYears(65).plusDays(1),
				Sex.MALE, HOUSEHOLD, Relationship.HEAD, "4415057000", null, null, null);
		assertThat(PersonProfile.of(turning65Tomorrow, null, TODAY).lifeStage()).isEqualTo(LifeStage.MIDDLE_AGED);
	}

	@Test
	void aServiceWithoutCriteriaIsForEveryone() {
		var person = member(40, Relationship.HEAD);
		var assessment = EligibilityRules.assess(Eligibility.none(), profile(person, household(IncomeClass.UNKNOWN, person)));
		assertThat(assessment.result()).isEqualTo(Result.ELIGIBLE);
	}

	@Test
	void aLifeStageOutsideTheServicesExcludesThePerson() {
		var elder = member(70, Relationship.HEAD);
		var child = member(9, Relationship.CHILD);
		var home = household(IncomeClass.GENERAL, elder, child);
		var forElderly = lifeStages(LifeStage.ELDERLY);
		assertThat(EligibilityRules.assess(forElderly, profile(elder, home)).result()).isEqualTo(Result.ELIGIBLE);
		assertThat(EligibilityRules.assess(forElderly, profile(child, home)).result()).isEqualTo(Result.NOT_ELIGIBLE);
	}

	@Test
	void aLowerIncomeClassQualifiesForAServiceOfAHigherOne() {
		// 기초생활수급 ⊂ 차상위 이하 ⊂ 중위소득 이하: a service for 중위소득 이하 also serves 수급 and 차상위
		var person = member(50, Relationship.HEAD);
		var forLowIncome = incomes(IncomeClass.LOW_INCOME);
		assertThat(EligibilityRules.assess(forLowIncome, profile(person, household(IncomeClass.BASIC_LIVELIHOOD, person)))
				.result()).isEqualTo(Result.ELIGIBLE);
		assertThat(EligibilityRules.assess(forLowIncome, profile(person, household(IncomeClass.NEAR_POVERTY, person)))
				.result()).isEqualTo(Result.ELIGIBLE);
		assertThat(EligibilityRules.assess(forLowIncome, profile(person, household(IncomeClass.GENERAL, person)))
				.result()).isEqualTo(Result.NOT_ELIGIBLE);
		assertThat(EligibilityRules.assess(incomes(IncomeClass.BASIC_LIVELIHOOD),
				profile(person, household(IncomeClass.NEAR_POVERTY, person))).result()).isEqualTo(Result.NOT_ELIGIBLE);
	}

	@Test
	void anUnknownIncomeClassIsToBeCheckedNotAReasonToExclude() {
		var person = member(50, Relationship.HEAD);
		var assessment = EligibilityRules.assess(incomes(IncomeClass.NEAR_POVERTY),
				profile(person, household(IncomeClass.UNKNOWN, person)));
		assertThat(assessment.result()).isEqualTo(Result.CHECK);
		assertThat(assessment.toCheck()).containsExactly(Eligibility.Dimension.INCOME_CLASS);
	}

	@Test
	void disabilityTypeAndGradeNarrowTheDisabilityTarget() {
		// appendix 7 ②: "대상 특성을 '장애'로 선택 시, '장애유형'과 '장애등급' 항목을 등록"
		var severe = member(40, Relationship.HEAD, DisabilityType.PHYSICAL, DisabilityGrade.SEVERE);
		var mild = member(40, Relationship.HEAD, DisabilityType.VISUAL, DisabilityGrade.MILD);
		var none = member(40, Relationship.HEAD);
		var severePhysical = new Eligibility(null, Set.of(TargetCharacteristic.DISABILITY),
				Set.of(DisabilityType.PHYSICAL), Set.of(DisabilityGrade.SEVERE), null, null);
		assertThat(EligibilityRules.assess(severePhysical, profile(severe, household(IncomeClass.GENERAL, severe)))
				.result()).isEqualTo(Result.ELIGIBLE);
		assertThat(EligibilityRules.assess(severePhysical, profile(mild, household(IncomeClass.GENERAL, mild)))
				.result()).isEqualTo(Result.NOT_ELIGIBLE);
		assertThat(EligibilityRules.assess(severePhysical, profile(none, household(IncomeClass.GENERAL, none)))
				.result()).isEqualTo(Result.NOT_ELIGIBLE);
	}

	@Test
	void disabilityCriteriaWithoutTheDisabilityTargetAreRefused() {
		var problems = new ValidationFailed.Collector();
		new Eligibility(null, null, Set.of(DisabilityType.PHYSICAL), null, null, null).validate(problems, "");
		assertThat(problems.hasProblems()).isTrue();
		var fine = new ValidationFailed.Collector();
		new Eligibility(null, Set.of(TargetCharacteristic.DISABILITY), Set.of(DisabilityType.PHYSICAL), null, null,
				null).validate(fine, "");
		assertThat(fine.hasProblems()).isFalse();
	}

	@Test
	void aTargetTheRecordsCannotShowIsToBeChecked() {
		// 다문화 is not in the people records: the worker must ask, the service is not hidden
		var person = member(30, Relationship.HEAD);
		var home = household(IncomeClass.GENERAL, person, member(3, Relationship.CHILD));
		var forMulticultural = new Eligibility(null, Set.of(TargetCharacteristic.MULTICULTURAL), null, null, null, null);
		var assessment = EligibilityRules.assess(forMulticultural, profile(person, home));
		assertThat(assessment.result()).isEqualTo(Result.CHECK);
		assertThat(assessment.toCheck()).containsExactly(Eligibility.Dimension.TARGET);
		var forSingleParents = new Eligibility(null, Set.of(TargetCharacteristic.SINGLE_PARENT), null, null, null, null);
		assertThat(EligibilityRules.assess(forSingleParents, profile(person, home)).result()).isEqualTo(Result.ELIGIBLE);
	}

	@Test
	void householdTypesAreReadFromTheLivingMembers() {
		var alone = member(80, Relationship.HEAD);
		assertThat(PersonProfile.householdTypes(household(IncomeClass.GENERAL, alone), TODAY))
				.containsExactlyInAnyOrder(HouseholdType.SINGLE_PERSON, HouseholdType.ELDERLY_ONLY);

		var mother = member(30, Relationship.HEAD);
		assertThat(PersonProfile.householdTypes(household(IncomeClass.GENERAL, mother, member(2, Relationship.CHILD)), TODAY))
				.containsExactly(HouseholdType.SINGLE_PARENT);

		var couple = household(IncomeClass.GENERAL, member(40, Relationship.HEAD), member(40, Relationship.SPOUSE),
				member(10, Relationship.CHILD), member(8, Relationship.CHILD), member(5, Relationship.CHILD));
		assertThat(PersonProfile.householdTypes(couple, TODAY)).containsExactly(HouseholdType.MULTI_CHILD);

		var grandparents = household(IncomeClass.GENERAL, member(72, Relationship.HEAD), member(70, Relationship.SPOUSE),
				member(11, Relationship.GRANDCHILD));
		assertThat(PersonProfile.householdTypes(grandparents, TODAY))
				.containsExactly(HouseholdType.GRANDPARENT_GRANDCHILD);

		List<PersonSummary> withDeceased = new ArrayList<>();
		withDeceased.add(member(75, Relationship.HEAD));
		var spouse = member(78, Relationship.SPOUSE);
		withDeceased.add(new PersonSummary(spouse.id(), spouse.name(), spouse.rrnMasked(), spouse.birthDate(), spouse.sex(),
				HOUSEHOLD, Relationship.SPOUSE, spouse.officeCode(), null, null, TODAY.minusMonths(2)));
		var widowed = new HouseholdSummary(HOUSEHOLD, "4415057000", "신관동", IncomeClass.GENERAL, withDeceased);
		assertThat(PersonProfile.householdTypes(widowed, TODAY)).contains(HouseholdType.SINGLE_PERSON);
	}

	@Test
	void aHouseholdTypeCriterionNeedsOneOfTheTypes() {
		var grandmother = member(72, Relationship.HEAD);
		var home = household(IncomeClass.NEAR_POVERTY, grandmother, member(11, Relationship.GRANDCHILD));
		var forGrandparentFamilies = new Eligibility(null, null, null, null,
				Set.of(HouseholdType.SINGLE_PARENT, HouseholdType.GRANDPARENT_GRANDCHILD), null);
		assertThat(EligibilityRules.assess(forGrandparentFamilies, profile(grandmother, home)).result())
				.isEqualTo(Result.ELIGIBLE);
		var alone = member(72, Relationship.HEAD);
		assertThat(EligibilityRules.assess(forGrandparentFamilies,
				profile(alone, household(IncomeClass.NEAR_POVERTY, alone))).result()).isEqualTo(Result.NOT_ELIGIBLE);
	}
}
