package kr.dolbom.resource.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import kr.dolbom.people.IncomeClass;
import kr.dolbom.resource.TargetCharacteristic;

/**
 * Whether a person may receive a service (appendix 7 ②: "서비스대상 기준은 해당 서비스를 제공받을
 * 수 있는 대상자를 서비스 조회 시 활용"). A family left without help is worse than a question too
 * many, so a criterion Dolbom cannot decide from the records (an unknown income class, 다문화,
 * 북한이탈주민, 보훈) does not exclude the service: the answer is "check" with what to ask.
 */
public final class EligibilityRules {

	public enum Result {
		ELIGIBLE, CHECK, NOT_ELIGIBLE
	}

	/** {@code toCheck}: the dimensions the worker still has to confirm when the result is CHECK. */
	public record Assessment(Result result, Set<Eligibility.Dimension> toCheck) {

		public Assessment {
			toCheck = Set.copyOf(toCheck);
		}
	}

	/** 기초생활수급 ⊂ 차상위 이하 ⊂ 중위소득 이하 ⊂ 일반: a lower class qualifies for a service of a higher one. */
	private static final Map<IncomeClass, Integer> INCOME_RANK = Map.of(IncomeClass.BASIC_LIVELIHOOD, 0,
			IncomeClass.NEAR_POVERTY, 1, IncomeClass.LOW_INCOME, 2, IncomeClass.GENERAL, 3);

	private EligibilityRules() {
	}

	public static Assessment assess(Eligibility eligibility, PersonProfile person) {
		var toCheck = EnumSet.noneOf(Eligibility.Dimension.class);

		if (!eligibility.lifeStages().isEmpty() && !eligibility.lifeStages().contains(person.lifeStage())) {
			return notEligible();
		}
		if (!eligibility.householdTypes().isEmpty()
				&& eligibility.householdTypes().stream().noneMatch(person.householdTypes()::contains)) {
			return notEligible();
		}
		if (!eligibility.incomeClasses().isEmpty()) {
			if (person.incomeClass() == null || person.incomeClass() == IncomeClass.UNKNOWN) {
				toCheck.add(Eligibility.Dimension.INCOME_CLASS);
			}
			else if (!incomeQualifies(eligibility.incomeClasses(), person.incomeClass())) {
				return notEligible();
			}
		}
		if (!eligibility.targets().isEmpty()) {
			boolean matched = false;
			boolean undecidable = false;
			for (var target : eligibility.targets()) {
				if (!target.derivable()) {
					undecidable = true;
				}
				else if (person.targets().contains(target)
						&& (target != TargetCharacteristic.DISABILITY || disabilityQualifies(eligibility, person))) {
					matched = true;
				}
			}
			if (!matched) {
				if (!undecidable) {
					return notEligible();
				}
				toCheck.add(Eligibility.Dimension.TARGET);
			}
		}
		return new Assessment(toCheck.isEmpty() ? Result.ELIGIBLE : Result.CHECK, toCheck);
	}

	static boolean incomeQualifies(Set<IncomeClass> allowed, IncomeClass income) {
		int rank = INCOME_RANK.get(income);
		return allowed.stream().filter(INCOME_RANK::containsKey).anyMatch(c -> rank <= INCOME_RANK.get(c));
	}

	private static boolean disabilityQualifies(Eligibility eligibility, PersonProfile person) {
		return (eligibility.disabilityTypes().isEmpty() || eligibility.disabilityTypes().contains(person.disabilityType()))
				&& (eligibility.disabilityGrades().isEmpty()
						|| eligibility.disabilityGrades().contains(person.disabilityGrade()));
	}

	private static Assessment notEligible() {
		return new Assessment(Result.NOT_ELIGIBLE, Set.of());
	}
}
