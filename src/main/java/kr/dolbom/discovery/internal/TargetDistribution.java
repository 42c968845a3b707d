package kr.dolbom.discovery.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.Deadlines;
import kr.dolbom.deadline.OpenDeadline;
import kr.dolbom.deadline.Step;
import kr.dolbom.discovery.AlertKind;
import kr.dolbom.discovery.DiscoveryAlerts;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.TargetDistributed;
import kr.dolbom.discovery.TargetId;
import kr.dolbom.shared.Ids;

/**
 * The distribution step: a target for every selected household of the round that has none yet, at
 * the 읍면동 of the representative's address, with the explanation of its score, and the
 * TARGET_PROCESSING deadline (6 months from distribution). Runs in the caller's transaction; the
 * unique (round, household) index and the "has none yet" condition make a re-run add only what is
 * missing, so a step interrupted and run again neither duplicates nor loses targets.
 */
@Component
class TargetDistribution {

	private final JdbcTemplate jdbc;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;
	private final DiscoveryAlerts alerts;

	TargetDistribution(JdbcTemplate jdbc, Deadlines deadlines, ApplicationEventPublisher events,
			DiscoveryAlerts alerts) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.events = events;
		this.alerts = alerts;
	}

	record Pending(String householdKey, int score, Integer rank, String selection, String representative,
			String name, String cipher, UUID personId, String officeCode) {
	}

	/** Distributes every selected household without a target; returns how many targets were created. */
	int distribute(RoundId round, LocalDate today, OffsetDateTime now) {
		return distribute(round, null, today, now);
	}

	/** Distributes one household (a 시군구's pick), or all when {@code householdKey} is null. */
	int distribute(RoundId round, String householdKey, LocalDate today, OffsetDateTime now) {
		var pending = new ArrayList<Pending>();
		var args = new ArrayList<Object>(List.of(round.value()));
		var oneHousehold = householdKey == null ? "" : " AND h.household_key = ?";
		if (householdKey != null) {
			args.add(householdKey);
		}
		jdbc.query("""
				SELECT h.household_key, h.score, h.rank_no, h.selection, h.representative, s.name, s.rrn_cipher,
				  s.person_id, s.office_code
				FROM discovery_household_score h
				JOIN discovery_subject s ON s.round_id = h.round_id AND s.rrn_hash = h.representative
				WHERE h.round_id = ? AND h.selection IS NOT NULL""" + oneHousehold + """
				 AND NOT EXISTS (SELECT 1 FROM discovery_target t WHERE t.round_id = h.round_id
				   AND t.household_key = h.household_key)
				ORDER BY h.rank_no, h.household_key""", (RowCallbackHandler) rs -> pending.add(new Pending(
				rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3, Integer.class), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9))),
				args.toArray());
		if (pending.isEmpty()) {
			return 0;
		}
		var weights = new HashMap<String, Integer>();
		jdbc.query("SELECT code, weight FROM discovery_indicator",
				(RowCallbackHandler) rs -> weights.put(rs.getString(1), rs.getInt(2)));
		for (var p : pending) {
			var id = new TargetId(Ids.newId());
			jdbc.update("""
					INSERT INTO discovery_target (id, round_id, household_key, rrn_hash, rrn_cipher, name, person_id,
					  office_code, score, rank_no, selection, status, distributed_on, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""", id.value(), round.value(), p.householdKey(),
					p.representative(), p.cipher(), p.name(), p.personId(), p.officeCode(), p.score(), p.rank(),
					p.selection(), today, now);
			explain(round, id, p.householdKey(), weights);
			open(id, p.officeCode(), p.personId(), today);
			selectedNonTargets(p.representative(), today);
			events.publishEvent(new TargetDistributed(id, round, p.officeCode()));
		}
		return pending.size();
	}

	/** The TARGET_PROCESSING deadline: 6 months from the distribution (deadline rules). */
	void open(TargetId id, String officeCode, UUID personId, LocalDate distributedOn) {
		deadlines.open(OpenDeadline.of(DeadlineSubject.ofTarget(id.value()), Step.TARGET_PROCESSING,
				AnchorEvent.DISTRIBUTION, distributedOn, officeCode).forPerson(personId));
	}

	/** Each member's indicators with the points they add (one kind counts once per member). */
	private void explain(RoundId round, TargetId id, String householdKey, Map<String, Integer> weights) {
		var rows = new ArrayList<Object[]>();
		jdbc.query("""
				SELECT s.rrn_hash, s.name, r.indicator_code, MAX(r.observed_on), MAX(r.amount)
				FROM discovery_record r JOIN discovery_subject s ON s.round_id = r.round_id AND s.rrn_hash = r.rrn_hash
				WHERE r.round_id = ? AND s.household_key = ?
				GROUP BY s.rrn_hash, s.name, r.indicator_code""",
				(RowCallbackHandler) rs -> rows.add(new Object[] { id.value(), rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, Long.class),
						weights.getOrDefault(rs.getString(3), 0) }),
				round.value(), householdKey);
		jdbc.batchUpdate("""
				INSERT INTO discovery_target_indicator (target_id, member_hash, member_name, indicator_code, observed_on,
				  amount, points) VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** Alert 발굴대상자선정 on the person's active non-target registrations. */
	private void selectedNonTargets(String rrnHash, LocalDate today) {
		jdbc.query("SELECT id, office_code FROM discovery_non_target WHERE rrn_hash = ? AND state = 'ACTIVE'",
				(RowCallbackHandler) rs -> alerts.raise("NON_TARGET", rs.getObject(1, UUID.class), rs.getString(2),
						AlertKind.SELECTED_IN_ROUND, null, today),
				rrnHash);
	}
}
