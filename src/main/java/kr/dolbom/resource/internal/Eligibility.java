package kr.dolbom.resource.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.resource.HouseholdType;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.TargetCharacteristic;
import kr.dolbom.shared.ValidationFailed;

/**
 * 서비스대상 기준 of a service (appendix 7 ②: 생애주기, 대상특성, 가구유형, 소득구분; 장애유형 and
 * 장애등급 only when 대상특성 includes 장애). An empty set means "no restriction" on that dimension.
 */
public record Eligibility(Set<LifeStage> lifeStages, Set<TargetCharacteristic> targets,
		Set<DisabilityType> disabilityTypes, Set<DisabilityGrade> disabilityGrades, Set<HouseholdType> householdTypes,
		Set<IncomeClass> incomeClasses) {

	public enum Dimension {
		LIFE_STAGE, TARGET, DISABILITY_TYPE, DISABILITY_GRADE, HOUSEHOLD_TYPE, INCOME_CLASS
	}

	public record Criterion(Dimension dimension, String value) {
	}

	public Eligibility {
		lifeStages = copy(lifeStages, LifeStage.class);
		targets = copy(targets, TargetCharacteristic.class);
		disabilityTypes = copy(disabilityTypes, DisabilityType.class);
		disabilityGrades = copy(disabilityGrades, DisabilityGrade.class);
		householdTypes = copy(householdTypes, HouseholdType.class);
		incomeClasses = copy(incomeClasses, IncomeClass.class);
	}

	public static Eligibility none() {
		return new Eligibility(null, null, null, null, null, null);
	}

	public boolean restricts() {
		return !(lifeStages.isEmpty() && targets.isEmpty() && householdTypes.isEmpty() && incomeClasses.isEmpty());
	}

	/** Disability type and grade are criteria of the 장애 target only; "unknown" is no income class. */
	public void validate(ValidationFailed.Collector problems, String prefix) {
		problems.rejectIf((!disabilityTypes.isEmpty() || !disabilityGrades.isEmpty())
				&& !targets.contains(TargetCharacteristic.DISABILITY), prefix + "targets",
				"validation.resource.eligibility.disability-target");
		problems.rejectIf(incomeClasses.contains(IncomeClass.UNKNOWN), prefix + "incomeClasses",
				"validation.resource.eligibility.income-unknown");
	}

	public List<Criterion> criteria() {
		List<Criterion> rows = new ArrayList<>();
		lifeStages.forEach(v -> rows.add(new Criterion(Dimension.LIFE_STAGE, v.name())));
		targets.forEach(v -> rows.add(new Criterion(Dimension.TARGET, v.name())));
		disabilityTypes.forEach(v -> rows.add(new Criterion(Dimension.DISABILITY_TYPE, v.name())));
		disabilityGrades.forEach(v -> rows.add(new Criterion(Dimension.DISABILITY_GRADE, v.name())));
		householdTypes.forEach(v -> rows.add(new Criterion(Dimension.HOUSEHOLD_TYPE, v.name())));
		incomeClasses.forEach(v -> rows.add(new Criterion(Dimension.INCOME_CLASS, v.name())));
		return rows;
	}

	public static Eligibility of(Collection<Criterion> criteria) {
		var stages = EnumSet.noneOf(LifeStage.class);
		var targets = EnumSet.noneOf(TargetCharacteristic.class);
		var types = EnumSet.noneOf(DisabilityType.class);
		var grades = EnumSet.noneOf(DisabilityGrade.class);
		var households = EnumSet.noneOf(HouseholdType.class);
		var incomes = EnumSet.noneOf(IncomeClass.class);
		for (var c : criteria) {
			switch (c.dimension()) {
				case LIFE_STAGE -> stages.add(LifeStage.valueOf(c.value()));
				case TARGET -> targets.add(TargetCharacteristic.valueOf(c.value()));
				case DISABILITY_TYPE -> types.add(DisabilityType.valueOf(c.value()));
				case DISABILITY_GRADE -> grades.add(DisabilityGrade.valueOf(c.value()));
				case HOUSEHOLD_TYPE -> households.add(HouseholdType.valueOf(c.value()));
				case INCOME_CLASS -> incomes.add(IncomeClass.valueOf(c.value()));
			}
		}
		return new Eligibility(stages, targets, types, grades, households, incomes);
	}

	private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
		var set = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(v -> v != null).forEach(set::add);
		}
		return Set.copyOf(set);
	}
}
