package kr.dolbom.discovery.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.discovery.AlertKind;
import kr.dolbom.discovery.DiscoveryAlerts;
import kr.dolbom.discovery.IndicatorKinds;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.RoundState;
import kr.dolbom.org.Access;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.people.ResidentRegistry;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Rounds (발굴차수): create → upload one file per indicator kind → score (households, score, rank,
 * select) → distribute. Each step is one transaction and may be run again: uploading waits for
 * CREATED, scoring recomputes the pool from scratch until the round is distributed, distributing
 * adds only the targets that are missing.
 */
@Service
public class RoundService {

	static final String SUBJECT = "discovery-round";

	private final JdbcRounds rounds;
	private final JdbcTemplate jdbc;
	private final Access access;
	private final OrgUnits units;
	private final IndicatorKinds kinds;
	private final ResidentRegistry registry;
	private final TargetDistribution distribution;
	private final DiscoveryAlerts alerts;
	private final Clock clock;
	private final int defaultSelection;

	RoundService(JdbcRounds rounds, JdbcTemplate jdbc, Access access, OrgUnits units, IndicatorKinds kinds,
			ResidentRegistry registry, TargetDistribution distribution, DiscoveryAlerts alerts, Clock clock,
			@Value("${dolbom.discovery.selection-count:150000}") int defaultSelection) {
		this.rounds = rounds;
		this.jdbc = jdbc;
		this.access = access;
		this.units = units;
		this.kinds = kinds;
		this.registry = registry;
		this.distribution = distribution;
		this.alerts = alerts;
		this.clock = clock;
		this.defaultSelection = defaultSelection;
	}

	public record RoundView(JdbcRounds.RoundRecord round, List<JdbcRounds.FileRecord> files) {
	}

	@Transactional
	public RoundView create(String label, Integer selectionCount, LocalDate referenceDate) {
		var user = access.requireAnyRole(DiscoveryRoles.OPERATORS);
		var problems = new ValidationFailed.Collector();
		var text = label == null ? "" : label.strip();
		problems.rejectIf(text.isEmpty(), "label", "validation.required")
				.rejectIf(!text.isEmpty() && !text.matches("\\d{4}-\\d{1,2}차"), "label", "discovery.round.label")
				.rejectIf(selectionCount != null && (selectionCount < 1 || selectionCount > 1_000_000),
						"selectionCount", "discovery.round.selection-count");
		problems.throwIfAny();
		if (rounds.labelTaken(text)) {
			throw new DomainRuleViolation("round-label-taken");
		}
		var id = new RoundId(Ids.newId());
		rounds.insert(id, text, referenceDate == null ? LocalDate.now(clock) : referenceDate,
				selectionCount == null ? defaultSelection : selectionCount, user.id().value(), OffsetDateTime.now(clock));
		return new RoundView(rounds.find(id).orElseThrow(), List.of());
	}

	public RoundView get(RoundId id) {
		access.requireAnyRole(DiscoveryRoles.ROUND_READERS);
		var round = rounds.find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
		return new RoundView(round, rounds.files(id));
	}

	public List<JdbcRounds.RoundRecord> list() {
		access.requireAnyRole(DiscoveryRoles.ROUND_READERS);
		return rounds.all();
	}

	/** One agency file; 422 with every bad line's number, and nothing stored, when any line is invalid. */
	@Transactional
	public JdbcRounds.FileRecord upload(RoundId id, String indicator, String encoding, InputStream content)
			throws IOException {
		var user = access.requireAnyRole(DiscoveryRoles.OPERATORS);
		var problems = new ValidationFailed.Collector();
		var kind = indicator == null ? null : kinds.find(indicator).orElse(null);
		problems.rejectIf(kind == null, "indicator", "discovery.file.indicator");
		var charset = AgencyFileReader.charset(encoding);
		problems.rejectIf(charset == null, "encoding", "discovery.file.encoding-name");
		problems.rejectIf(content == null, "file", "validation.required");
		problems.throwIfAny();
		var round = rounds.lock(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
		if (round.state() != RoundState.CREATED) {
			throw new DomainRuleViolation("round-not-open-for-files");
		}
		if (rounds.hasFile(id, indicator)) {
			throw new DomainRuleViolation("round-file-exists");
		}
		var offices = knownOffices();
		new AgencyFileIngest(jdbc, registry).ingest(id.value(), indicator, charset,
				charset.name().equals("UTF-8") ? "UTF-8" : "EUC-KR", content, offices, LocalDate.now(clock),
				user.id().value(), OffsetDateTime.now(clock));
		rounds.countRecords(id);
		return rounds.files(id).stream().filter(f -> f.indicatorCode().equals(indicator)).findFirst().orElseThrow();
	}

	private Predicate<String> knownOffices() {
		var offices = new java.util.HashSet<String>();
		for (var province : units.provinces()) {
			units.officesUnder(province.code()).stream().map(OrgUnit::code).forEach(offices::add);
		}
		return offices::contains;
	}

	/** Scores, ranks and selects; may be run again until the round is distributed. */
	@Transactional
	public RoundView score(RoundId id) {
		access.requireAnyRole(DiscoveryRoles.OPERATORS);
		var round = rounds.lock(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
		if (round.state() == RoundState.DISTRIBUTED) {
			throw new DomainRuleViolation("round-already-distributed");
		}
		if (round.recordCount() == 0) {
			throw new DomainRuleViolation("round-without-files");
		}
		var today = LocalDate.now(clock);
		var outcome = scoring(null).score(id.value(), OffsetDateTime.now(clock));
		for (var signal : outcome.signals()) {
			alerts.raise("NON_TARGET", signal.nonTargetId(), signal.officeCode(), AlertKind.valueOf(signal.kind()),
					signal.detail(), today);
		}
		for (var hash : outcome.deceased()) {
			suspectedDeath(hash, today);
		}
		return get(id);
	}

	/**
	 * Appendix 1: "사망 또는 말소된 대상자의 경우는 자동 해제됨" — an active non-target whom the people
	 * register records as deceased gets the alert 사망의심 and is released automatically.
	 */
	private void suspectedDeath(String rrnHash, LocalDate today) {
		var now = OffsetDateTime.now(clock);
		for (var row : jdbc.queryForList(
				"SELECT id, office_code FROM discovery_non_target WHERE rrn_hash = ? AND state = 'ACTIVE'", rrnHash)) {
			var nonTarget = (java.util.UUID) row.get("id");
			alerts.raise("NON_TARGET", nonTarget, (String) row.get("office_code"), AlertKind.SUSPECTED_DEATH, null, today);
			jdbc.update("""
					UPDATE discovery_non_target SET state = 'RELEASED', released_on = ?, release_reason = '사망 자동 해제',
					  version = version + 1 WHERE id = ?""", today, nonTarget);
			jdbc.update("""
					INSERT INTO discovery_non_target_event (non_target_id, action, reason, happened_at)
					VALUES (?, 'AUTO_RELEASE', '사망', ?)""", nonTarget, now);
		}
	}

	RoundScoring scoring(RoundScoring.Progress progress) {
		return new RoundScoring(jdbc, hashes -> {
			Map<String, RoundScoring.Resident> result = new java.util.HashMap<>();
			registry.byLookupKeys(hashes).forEach((hash, person) -> result.put(hash, new RoundScoring.Resident(
					person.id().value(), person.householdId().value(), person.officeCode(), person.deceasedOn())));
			return result;
		}, progress);
	}

	/** Creates the targets of every selected household that has none yet. */
	@Transactional
	public RoundView distribute(RoundId id) {
		access.requireAnyRole(DiscoveryRoles.OPERATORS);
		var round = rounds.lock(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
		if (round.state() == RoundState.CREATED) {
			throw new DomainRuleViolation("round-not-scored");
		}
		distribution.distribute(id, LocalDate.now(clock), OffsetDateTime.now(clock));
		rounds.distributed(id, OffsetDateTime.now(clock));
		return get(id);
	}
}
