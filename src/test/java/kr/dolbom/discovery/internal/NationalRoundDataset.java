package kr.dolbom.discovery.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * quality.md "national-round": the agency files of one discovery round — by default 10 million
 * persons, about 30 million indicator records over 30 indicator kinds, addresses in 3,500 읍면동.
 * Deterministic for a seed. One CSV per indicator kind in the format of api.md
 * ({@code rrn,name,orgUnitCode,observedOn,amount,lat,lon}, UTF-8); every person has 1–5 distinct
 * kinds (3 on average); utility-based kinds carry coordinates.
 * <p>
 * {@code java … NationalRoundDataset <dir> [persons=10000000] [offices=3500] [seed=42]}
 */
public final class NationalRoundDataset {

	static final String[] SURNAMES = { "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권" };
	static final String[] SYLLABLES = { "민", "서", "지", "현", "수", "영", "준", "하", "도", "성", "은", "우", "예", "진", "경",
			"미", "정", "철", "숙", "호" };
	static final String[] KINDS = { "POWER_CUT", "WATER_CUT", "GAS_CUT", "ELECTRICITY_ARREARS", "HEALTH_PREMIUM_ARREARS",
			"PENSION_ARREARS", "TELECOM_ARREARS", "FINANCIAL_DELINQUENCY", "CATASTROPHIC_MEDICAL", "JOB_LOSS",
			"RENT_ARREARS", "FACILITY_DISCHARGE", "APARTMENT_FEE_ARREARS", "WATER_ARREARS", "GAS_ARREARS",
			"UNEMPLOYMENT_BENEFIT", "INDUSTRIAL_ACCIDENT", "DISASTER_VICTIM", "CRIME_VICTIM", "SUICIDE_ATTEMPT",
			"MENTAL_HEALTH_CRISIS", "MEDICAL_BENEFIT_ENDED", "BENEFIT_REJECTED", "HOMELESS_SHELTER", "PRISON_RELEASE",
			"BUSINESS_CLOSURE", "LOCAL_TAX_ARREARS", "SCHOOL_DROPOUT", "CHILD_CHECKUP_MISSED", "LONG_TERM_CARE_DENIED" };
	static final int UTILITY_KINDS = 4;

	public static void main(String[] args) throws IOException {
		var dir = Path.of(args[0]);
		int persons = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
		int offices = args.length > 2 ? Integer.parseInt(args[2]) : 3_500;
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
		long start = System.nanoTime();
		long records = generate(dir, persons, offices, seed);
		System.out.printf("national-round dataset: %,d persons, %,d records, %d kinds, %,d offices in %s (%.1f s)%n",
				persons, records, KINDS.length, offices, dir, (System.nanoTime() - start) / 1e9);
	}

	/** The 10-digit 읍면동 codes of the dataset. */
	static List<String> offices(int count) {
		var codes = new ArrayList<String>(count);
		for (int i = 0; i < count; i++) {
			codes.add(String.format("%02d%03d%03d00", 11 + i / 2000, 100 + (i / 40) % 50, 100 + i % 40));
		}
		return codes;
	}

	static long generate(Path dir, int persons, int officeCount, long seed) throws IOException {
		Files.createDirectories(dir);
		var offices = offices(officeCount);
		Map<String, BufferedWriter> files = new LinkedHashMap<>();
		for (var kind : KINDS) {
			var writer = Files.newBufferedWriter(dir.resolve(kind + ".csv"), StandardCharsets.UTF_8);
			writer.write(AgencyFileReader.HEADER);
			writer.write('\n');
			files.put(kind, writer);
		}
		var writers = files.values().toArray(BufferedWriter[]::new);
		var random = new SplittableRandom(seed);
		var base = LocalDate.of(1935, 1, 1);
		var observedBase = LocalDate.of(2026, 8, 1);
		var line = new StringBuilder(96);
		var chosen = new boolean[KINDS.length];
		long records = 0;
		for (int p = 0; p < persons; p++) {
			var birth = base.plusDays(p % 25_000);
			boolean after2000 = birth.getYear() >= 2000;
			int sex = random.nextInt(2);
			char gender = (char) ('1' + sex + (after2000 ? 2 : 0));
			var rrn = String.format("%02d%02d%02d%c%06d", birth.getYear() % 100, birth.getMonthValue(),
					birth.getDayOfMonth(), gender, p / 25_000);
			var name = SURNAMES[random.nextInt(SURNAMES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
					+ SYLLABLES[random.nextInt(SYLLABLES.length)];
			var office = offices.get(random.nextInt(offices.size()));
			int n = 1 + random.nextInt(5);
			java.util.Arrays.fill(chosen, false);
			for (int k = 0; k < n; k++) {
				int kind = random.nextInt(KINDS.length);
				if (chosen[kind]) {
					continue;
				}
				chosen[kind] = true;
				line.setLength(0);
				line.append(rrn).append(',').append(name).append(',').append(office).append(',')
						.append(observedBase.plusDays(random.nextInt(60))).append(',');
				if (random.nextInt(10) > 0) {
					line.append(random.nextInt(5_000_000));
				}
				line.append(',');
				if (kind < UTILITY_KINDS) {
					line.append(String.format("%.5f,%.5f", 34.5 + random.nextDouble() * 3.5, 126.5 + random.nextDouble() * 3));
				}
				else {
					line.append(',');
				}
				line.append('\n');
				writers[kind].append(line);
				records++;
			}
		}
		for (var writer : writers) {
			writer.close();
		}
		return records;
	}
}
