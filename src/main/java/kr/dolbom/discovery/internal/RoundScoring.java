package kr.dolbom.discovery.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The scoring step of a round (domain.md §6): households, score, rank, select. Plain JDBC with no
 * Spring context of its own, so that it runs the same in the application and in a bare process
 * (the crash test kills such a process mid-step).
 *
 * <p>The step runs in ONE transaction (the caller's): it first deletes the round's previous scores,
 * so a step that died half-way left nothing behind, and running it again — after a crash or not —
 * computes exactly the same pool, ranks and selection. Ranking is deterministic: score descending,
 * then the household key.
 *
 * <p>Score model (explainable, shown on each target): a household's score is the sum, over its
 * members and the distinct indicator kinds found for each member, of the kind's weight
 * ({@code discovery_indicator.weight}); since the 2022 reform the members' indicators combine. The
 * member with the most points (then the smallest key) is the household's representative, who is
 * distributed as the target to the 읍면동 of their address.
 *
 * <p>Non-targets (appendix 1: "비대상 등록된 대상자는 발굴변수의 변동이 있지 않는 한 1년 간
 * 발굴대상자로 분배되지 않음"): a household is skipped when one of its members is an ACTIVE
 * non-target registered within the 12 months before the round's reference date and the household's
 * indicator kinds are the same as when they were registered.
 */
final class RoundScoring {

	/** Who of the round's persons the people register knows, and their household. */
	interface HouseholdResolver {
		Map<String, Resident> resolve(Collection<String> rrnHashes);
	}

	record Resident(UUID personId, UUID householdId, String officeCode, LocalDate deceasedOn) {
	}

	/** Told after each batch of households is written (the crash test waits for the first). */
	interface Progress {
		void batchWritten(long households);
	}

	/** A non-target of the window whose indicators changed, or who is suspected dead, etc. */
	record NonTargetSignal(UUID nonTargetId, String officeCode, String kind, String detail) {
	}

	/** {@code deceased}: the rrn hashes of persons the people register records as deceased. */
	record Outcome(long households, long selected, long skipped, List<NonTargetSignal> signals, List<String> deceased) {
	}

	static final int BATCH = 1000;
	private static final String FACILITY_DISCHARGE = "FACILITY_DISCHARGE";

	private final JdbcTemplate jdbc;
	private final HouseholdResolver resolver;
	private final Progress progress;
	private final List<String> deceased = new ArrayList<>();

	RoundScoring(JdbcTemplate jdbc, HouseholdResolver resolver, Progress progress) {
		this.jdbc = jdbc;
		this.resolver = resolver;
		this.progress = progress == null ? n -> {
		} : progress;
	}

	Outcome score(UUID roundId, OffsetDateTime now) {
		var round = jdbc.queryForMap("SELECT reference_date, selection_count FROM discovery_round WHERE id = ?",
				roundId);
		var referenceDate = ((java.sql.Date) round.get("reference_date")).toLocalDate();
		int selectionCount = ((Number) round.get("selection_count")).intValue();

		jdbc.update("DELETE FROM discovery_household_score WHERE round_id = ?", roundId);
		var signals = new ArrayList<NonTargetSignal>();
		resolveHouseholds(roundId);

		var weights = new HashMap<String, Integer>();
		jdbc.query("SELECT code, weight FROM discovery_indicator",
				(RowCallbackHandler) rs -> weights.put(rs.getString(1), rs.getInt(2)));
		var nonTargets = recentNonTargets(referenceDate);

		var writer = new ScoreWriter(roundId);
		var current = new Household[1];
		jdbc.query(con -> {
			var ps = con.prepareStatement("""
					SELECT s.household_key, s.rrn_hash, s.office_code, r.indicator_code
					FROM discovery_record r JOIN discovery_subject s ON s.round_id = r.round_id AND s.rrn_hash = r.rrn_hash
					WHERE r.round_id = ? ORDER BY s.household_key, s.rrn_hash, r.indicator_code""");
			ps.setObject(1, roundId);
			ps.setFetchSize(10_000);
			return ps;
		}, (RowCallbackHandler) rs -> {
			var key = rs.getString(1);
			if (current[0] == null || !current[0].key.equals(key)) {
				if (current[0] != null) {
					writer.add(current[0].finish(weights, nonTargets, signals));
				}
				current[0] = new Household(key);
			}
			current[0].add(rs.getString(2), rs.getString(3), rs.getString(4));
		});
		if (current[0] != null) {
			writer.add(current[0].finish(weights, nonTargets, signals));
		}
		writer.flush();

		// rank the pool (skipped households have no rank) and select the top of the ranking, in one statement
		jdbc.update("""
				MERGE INTO discovery_household_score h
				USING (SELECT household_key, ROW_NUMBER() OVER (ORDER BY score DESC, household_key) AS rk
				       FROM discovery_household_score WHERE round_id = ? AND skipped IS NULL) r
				ON h.round_id = ? AND h.household_key = r.household_key
				WHEN MATCHED THEN UPDATE SET rank_no = r.rk,
				  selection = CASE WHEN r.rk <= ? THEN 'CENTRAL' ELSE NULL END""", roundId, roundId, selectionCount);
		long selected = Math.min(selectionCount, writer.count - writer.skipped);
		jdbc.update("""
				UPDATE discovery_round SET state = 'SCORED', household_count = ?, selected_count = ?, skipped_count = ?,
				scored_at = ?, version = version + 1 WHERE id = ?""", writer.count, selected, writer.skipped, now,
				roundId);
		return new Outcome(writer.count, selected, writer.skipped, signals, List.copyOf(deceased));
	}

	/** household_key := the register's household, else the person alone; office := the register's address. */
	private void resolveHouseholds(UUID roundId) {
		jdbc.update("UPDATE discovery_subject SET household_key = 'P:' || rrn_hash, person_id = NULL WHERE round_id = ?",
				roundId);
		var chunk = new ArrayList<String>(BATCH);
		var hashes = jdbc.queryForList("SELECT rrn_hash FROM discovery_subject WHERE round_id = ? ORDER BY rrn_hash",
				String.class, roundId);
		for (var hash : hashes) {
			chunk.add(hash);
			if (chunk.size() == BATCH) {
				resolveChunk(roundId, chunk);
			}
		}
		resolveChunk(roundId, chunk);
	}

	private void resolveChunk(UUID roundId, List<String> chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		var known = resolver.resolve(chunk);
		if (!known.isEmpty()) {
			var updates = new ArrayList<Object[]>();
			known.forEach((hash, resident) -> {
				updates.add(new Object[] { resident.personId(), "H:" + resident.householdId(), resident.officeCode(),
						roundId, hash });
				if (resident.deceasedOn() != null) {
					deceased.add(hash);
				}
			});
			jdbc.batchUpdate("""
					UPDATE discovery_subject SET person_id = ?, household_key = ?, office_code = ?
					WHERE round_id = ? AND rrn_hash = ?""", updates);
		}
		chunk.clear();
	}

	record RecentNonTarget(UUID id, String officeCode, String codes) {
	}

	private Map<String, List<RecentNonTarget>> recentNonTargets(LocalDate referenceDate) {
		var result = new HashMap<String, List<RecentNonTarget>>();
		jdbc.query("""
				SELECT id, rrn_hash, office_code, indicator_codes FROM discovery_non_target
				WHERE state = 'ACTIVE' AND registered_on > ? AND registered_on <= ?""",
				(RowCallbackHandler) rs -> result.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
						.add(new RecentNonTarget(rs.getObject(1, UUID.class), rs.getString(3), rs.getString(4))),
				referenceDate.minusMonths(12), referenceDate);
		return result;
	}

	private final class ScoreWriter {

		private final UUID roundId;
		private final List<Object[]> rows = new ArrayList<>(BATCH);
		long count;
		long skipped;

		ScoreWriter(UUID roundId) {
			this.roundId = roundId;
		}

		void add(Scored h) {
			rows.add(new Object[] { roundId, h.key, h.score, h.representative, h.officeCode, h.members, h.codes,
					h.skipped });
			count++;
			if (h.skipped != null) {
				skipped++;
			}
			if (rows.size() == BATCH) {
				flush();
			}
		}

		void flush() {
			if (rows.isEmpty()) {
				return;
			}
			jdbc.batchUpdate("""
					INSERT INTO discovery_household_score (round_id, household_key, score, representative, office_code,
					  member_count, indicator_codes, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
			rows.clear();
			progress.batchWritten(count);
		}
	}

	record Scored(String key, int score, String representative, String officeCode, int members, String codes,
			String skipped) {
	}

	/** One household while its rows stream by (ordered by member, then kind). */
	private static final class Household {

		final String key;
		final Map<String, Member> members = new TreeMap<>();

		Household(String key) {
			this.key = key;
		}

		void add(String hash, String office, String code) {
			members.computeIfAbsent(hash, h -> new Member(office)).codes.add(code);
		}

		Scored finish(Map<String, Integer> weights, Map<String, List<RecentNonTarget>> nonTargets,
				List<NonTargetSignal> signals) {
			int score = 0;
			String representative = null;
			int best = -1;
			var codes = new TreeSet<String>();
			for (var entry : members.entrySet()) {
				int points = 0;
				for (var code : entry.getValue().codes) {
					points += weights.getOrDefault(code, 0);
				}
				codes.addAll(entry.getValue().codes);
				score += points;
				if (points > best) { // ties: the first in key order
					best = points;
					representative = entry.getKey();
				}
			}
			var signature = String.join(",", codes);
			String skipped = null;
			for (var hash : members.keySet()) {
				for (var nonTarget : nonTargets.getOrDefault(hash, List.of())) {
					if (Objects.equals(nonTarget.codes(), signature)) {
						skipped = "NON_TARGET";
					}
					else {
						signals.add(new NonTargetSignal(nonTarget.id(), nonTarget.officeCode(), "INDICATOR_CHANGED",
								nonTarget.codes() + " → " + signature));
					}
					if (members.get(hash).codes.contains(FACILITY_DISCHARGE)) {
						signals.add(new NonTargetSignal(nonTarget.id(), nonTarget.officeCode(), "FACILITY_IN_OUT", null));
					}
				}
			}
			return new Scored(key, score, representative, members.get(representative).office, members.size(),
					signature, skipped);
		}
	}

	private static final class Member {

		final String office;
		final Set<String> codes = new TreeSet<>();

		Member(String office) {
			this.office = office;
		}
	}

	static String signature(Collection<String> codes) {
		return String.join(",", new TreeSet<>(codes));
	}
}
