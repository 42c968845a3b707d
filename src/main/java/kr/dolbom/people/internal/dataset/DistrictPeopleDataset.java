package kr.dolbom.people.internal.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.people.Relationship;

/**
 * The people part of the district dataset (quality.md): a given number of persons in a given
 * number of households spread over the 읍면동 of one 시군구, reproducible from a seed. Everything —
 * ids included — follows from the seed, so a benchmark can regenerate the registration numbers it
 * looks up without reading them back. Numbers are made up: birth date, gender digit and a serial.
 */
public final class DistrictPeopleDataset {

	private static final String[] FAMILY_NAMES = { "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
			"신", "권", "황", "안", "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허", "남", "노" };
	private static final int[] FAMILY_WEIGHTS = { 215, 147, 84, 47, 44, 24, 21, 20, 19, 17, 15, 14, 14, 14, 13, 13, 13,
			12, 11, 11, 10, 9, 9, 9, 9, 8, 8, 7, 6, 6 };
	private static final String GIVEN_SYLLABLES = "민서지현수영준우예진하은도윤성호재희연유경석주혜승동아정태나원채규다소";
	private static final String[] STREETS = { "봉황로", "신관로", "공주대학로", "전막길", "왕릉로", "금강로", "웅진로", "백제큰길",
			"산성로", "정안로" };
	private static final IncomeClass[] INCOME = { IncomeClass.BASIC_LIVELIHOOD, IncomeClass.NEAR_POVERTY,
			IncomeClass.LOW_INCOME, IncomeClass.GENERAL, IncomeClass.UNKNOWN };
	private static final int[] INCOME_WEIGHTS = { 4, 3, 8, 60, 25 };

	public record Household(UUID id, String officeCode, String addressLine, IncomeClass incomeClass) {
	}

	/** {@code rrn}: the 13 digits. */
	public record Member(UUID id, UUID householdId, String officeCode, String name, String rrn, LocalDate birthDate,
			boolean male, Relationship relationship, String phone, DisabilityType disabilityType,
			DisabilityGrade disabilityGrade) {
	}

	private final long seed;
	private final int persons;
	private final int households;
	private final List<String> offices;
	private final LocalDate today;

	public DistrictPeopleDataset(long seed, int persons, int households, List<String> offices, LocalDate today) {
		if (households < 1 || persons < households || persons >= 1_000_000) {
			throw new IllegalArgumentException("need 1 ≤ households ≤ persons < 1,000,000");
		}
		this.seed = seed;
		this.persons = persons;
		this.households = households;
		this.offices = List.copyOf(offices);
		this.today = today;
	}

	/** Household sizes: a third live alone, as in rural districts; they add up to exactly {@code persons}. */
	int[] householdSizes(SplittableRandom random) {
		int[] weights = { 35, 28, 18, 14, 5 };
		int[] sizes = new int[households];
		long total = 0;
		for (int i = 0; i < households; i++) {
			sizes[i] = 1 + pick(random, weights);
			total += sizes[i];
		}
		// adjust one household at a time until the totals match exactly
		int i = 0;
		while (total != persons) {
			int h = (int) ((i++ * 7919L) % households);
			if (total < persons && sizes[h] < 8) {
				sizes[h]++;
				total++;
			}
			else if (total > persons && sizes[h] > 1) {
				sizes[h]--;
				total--;
			}
		}
		return sizes;
	}

	/** Streams every household with its members, in a fixed order. */
	public void generate(Consumer<Household> onHousehold, Consumer<Member> onMember) {
		var random = new SplittableRandom(seed);
		int[] sizes = householdSizes(random.split());
		int serial = 0;
		for (int h = 0; h < households; h++) {
			var office = offices.get(officeIndex(random));
			var household = new Household(uuid(random), office,
					"충청남도 공주시 " + STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(400)) + "번길 "
							+ (1 + random.nextInt(60)),
					INCOME[pick(random, INCOME_WEIGHTS)]);
			onHousehold.accept(household);
			var family = FAMILY_NAMES[pick(random, FAMILY_WEIGHTS)];
			int headAge = sizes[h] == 1 ? 30 + random.nextInt(61) : 28 + random.nextInt(50);
			for (int m = 0; m < sizes[h]; m++) {
				Relationship relationship;
				int age;
				String familyName = family;
				if (m == 0) {
					relationship = Relationship.HEAD;
					age = headAge;
				}
				else if (m == 1 && headAge > 25 && random.nextInt(10) < 8) {
					relationship = Relationship.SPOUSE;
					age = Math.max(20, headAge - 5 + random.nextInt(11));
					familyName = FAMILY_NAMES[pick(random, FAMILY_WEIGHTS)];
				}
				else if (headAge > 45 && random.nextInt(10) == 0) {
					relationship = Relationship.PARENT;
					age = Math.min(100, headAge + 22 + random.nextInt(12));
				}
				else {
					relationship = Relationship.CHILD;
					age = Math.max(0, headAge - 22 - random.nextInt(18));
				}
				boolean male = random.nextBoolean();
				var birth = today.minusYears(age).minusDays(random.nextInt(365));
				var rrn = rrn(birth, male, serial++);
				DisabilityType disability = null;
				DisabilityGrade grade = null;
				if (random.nextInt(100) < 5) {
					disability = DisabilityType.values()[random.nextInt(DisabilityType.values().length)];
					grade = random.nextBoolean() ? DisabilityGrade.SEVERE : DisabilityGrade.MILD;
				}
				var phone = age >= 14 && random.nextInt(10) < 8
						? String.format("010-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000))
						: null;
				onMember.accept(new Member(uuid(random), household.id(), office, familyName + givenName(random), rrn,
						birth, male, relationship, phone, disability, grade));
			}
		}
	}

	/** The registration numbers of the dataset, regenerated from the seed (for benchmarks). */
	public List<String> registrationNumbers() {
		List<String> numbers = new ArrayList<>(persons);
		generate(h -> {
		}, m -> numbers.add(m.rrn()));
		return numbers;
	}

	private int officeIndex(SplittableRandom random) {
		// the town centre (first offices) is denser than the rural 면
		int n = offices.size();
		int a = random.nextInt(n);
		int b = random.nextInt(n);
		return Math.min(a, b);
	}

	private static String givenName(SplittableRandom random) {
		int n = GIVEN_SYLLABLES.length();
		return "" + GIVEN_SYLLABLES.charAt(random.nextInt(n)) + GIVEN_SYLLABLES.charAt(random.nextInt(n));
	}

	static String rrn(LocalDate birth, boolean male, int serial) {
		int digit = (birth.getYear() >= 2000 ? 3 : 1) + (male ? 0 : 1);
		return String.format("%02d%02d%02d%d%06d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
				digit, serial);
	}

	private static UUID uuid(SplittableRandom random) {
		long msb = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
		long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

	private static int pick(SplittableRandom random, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}
}
