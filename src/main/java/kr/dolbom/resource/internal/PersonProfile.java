package kr.dolbom.resource.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.HouseholdSummary;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Relationship;
import kr.dolbom.resource.HouseholdType;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.TargetCharacteristic;

/**
 * What the eligibility rules know of a person, read from the people module: age and life stage,
 * the household's types and income class, disability, and the target characteristics that can be
 * derived from these.
 */
public record PersonProfile(int age, LifeStage lifeStage, Set<HouseholdType> householdTypes, IncomeClass incomeClass,
		DisabilityType disabilityType, DisabilityGrade disabilityGrade, Set<TargetCharacteristic> targets) {

	/** Under 19: a child for the household types (아동복지법: 18세 미만; 청소년 up to 18 inclusive). */
	static final int ADULT_AGE = 19;
	static final int ELDERLY_AGE = 65;

	public PersonProfile {
		householdTypes = Set.copyOf(householdTypes);
		targets = Set.copyOf(targets);
	}

	public static PersonProfile of(PersonSummary person, HouseholdSummary household, LocalDate today) {
		int age = person.ageOn(today);
		var types = householdTypes(household, today);
		var targets = EnumSet.noneOf(TargetCharacteristic.class);
		if (person.disabilityType() != null) {
			targets.add(TargetCharacteristic.DISABILITY);
		}
		if (types.contains(HouseholdType.SINGLE_PARENT)) {
			targets.add(TargetCharacteristic.SINGLE_PARENT);
		}
		if (types.contains(HouseholdType.SINGLE_PERSON)) {
			targets.add(TargetCharacteristic.LIVING_ALONE);
		}
		return new PersonProfile(age, LifeStage.ofAge(age), types,
				household == null || household.incomeClass() == null ? IncomeClass.UNKNOWN : household.incomeClass(),
				person.disabilityType(), person.disabilityGrade(), targets);
	}

	/** 가구유형 from the living members and their relationship to the head of the household. */
	static Set<HouseholdType> householdTypes(HouseholdSummary household, LocalDate today) {
		var types = EnumSet.noneOf(HouseholdType.class);
		if (household == null) {
			return types;
		}
		var living = household.members().stream().filter(m -> m.deceasedOn() == null).toList();
		if (living.isEmpty()) {
			return types;
		}
		if (living.size() == 1) {
			types.add(HouseholdType.SINGLE_PERSON);
		}
		if (living.stream().allMatch(m -> m.ageOn(today) >= ELDERLY_AGE)) {
			types.add(HouseholdType.ELDERLY_ONLY);
		}
		long minorChildren = living.stream()
				.filter(m -> m.relationship() == Relationship.CHILD && m.ageOn(today) < ADULT_AGE).count();
		boolean spouse = living.stream().anyMatch(m -> m.relationship() == Relationship.SPOUSE);
		boolean adultHead = living.stream()
				.anyMatch(m -> m.relationship() == Relationship.HEAD && m.ageOn(today) >= ADULT_AGE);
		if (minorChildren > 0 && !spouse && adultHead) {
			types.add(HouseholdType.SINGLE_PARENT);
		}
		if (minorChildren >= 3) {
			types.add(HouseholdType.MULTI_CHILD);
		}
		boolean minorGrandchild = living.stream()
				.anyMatch(m -> m.relationship() == Relationship.GRANDCHILD && m.ageOn(today) < ADULT_AGE);
		boolean parentGeneration = living.stream().anyMatch(m -> (m.relationship() == Relationship.CHILD
				&& m.ageOn(today) >= ADULT_AGE) || m.relationship() == Relationship.CHILD_IN_LAW);
		if (minorGrandchild && !parentGeneration) {
			types.add(HouseholdType.GRANDPARENT_GRANDCHILD);
		}
		return types;
	}
}
