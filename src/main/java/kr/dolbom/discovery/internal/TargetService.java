package kr.dolbom.discovery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.Deadlines;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.discovery.ContactMethod;
import kr.dolbom.discovery.NonTargetReason;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.SupportRoute;
import kr.dolbom.discovery.TargetId;
import kr.dolbom.discovery.TargetProcessed;
import kr.dolbom.discovery.TargetResult;
import kr.dolbom.discovery.TargetStatus;
import kr.dolbom.discovery.TargetSummary;
import kr.dolbom.org.Access;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.ResidentRegistry;
import kr.dolbom.people.Rrn;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.StaleVersionException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Target processing by the 읍면동 (domain.md §6, appendix 1): the office's list, the target with the
 * indicators that put it on the list, and the result — only after a phone call or a visit ("반드시
 * 전화상담 또는 현장방문을 통하여"; a mailed notice is refused).
 */
@Service
public class TargetService {

	static final String SUBJECT = "discovery-target";
	/** The most targets one export may hold. */
	public static final int MAX_EXPORT = 5000;

	private final JdbcClient jdbc;
	private final Access access;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final ResidentRegistry registry;
	private final Deadlines deadlines;
	private final TargetDistribution distribution;
	private final ApplicationEventPublisher events;
	private final OrgUnits units;
	private final Clock clock;

	TargetService(JdbcClient jdbc, Access access, CurrentUser currentUser, AccessLog accessLog,
			ResidentRegistry registry, Deadlines deadlines, TargetDistribution distribution,
			ApplicationEventPublisher events, OrgUnits units, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.registry = registry;
		this.deadlines = deadlines;
		this.distribution = distribution;
		this.events = events;
		this.units = units;
		this.clock = clock;
	}

	public record Explanation(String memberName, boolean representative, String indicatorCode, String indicatorName,
			LocalDate observedOn, Long amount, int points) {
	}

	public record NonTargetView(UUID id, String reasonCode, LocalDate registeredOn, String indicatorCodes, String state,
			LocalDate releasedOn, String releaseReason, int version) {
	}

	public record AlertView(UUID id, String kind, String detail, LocalDate raisedOn) {
	}

	public record TargetDetail(TargetSummary summary, String rrnMasked, LocalDate birthDate, String officeName,
			String supportRoute, String contactMethod, String note, UUID additionalOf, UUID additionalId,
			LocalDate closedOn, int version, List<Explanation> explanation, List<NonTargetView> nonTargets,
			List<AlertView> alerts) {
	}

	public record AdditionalPerson(String name, String rrn, String phone) {
	}

	public record ResultCommand(String result, String contactMethod, String reasonCode, String supportRoute,
			String note, String addressLine, String phone, AdditionalPerson additionalPerson, Integer version) {
	}

	/** {@code next}: where the worker continues (the initial consultation of a 처리대상자). */
	public record Outcome(TargetDetail target, TargetId additionalTarget, String next) {
	}

	// ---------------------------------------------------------------- reading

	public PageResult<TargetSummary> list(RoundId round, TargetStatus status, Paging paging) {
		var user = access.requireAnyRole(DiscoveryRoles.TARGET_READERS);
		var where = where(user, round, status);
		long total = where.apply(jdbc.sql("SELECT COUNT(*)" + JdbcTargets.FROM + where.sql)).query(Long.class).single();
		var items = where.apply(jdbc.sql("SELECT " + JdbcTargets.COLUMNS + JdbcTargets.FROM + where.sql
				+ " ORDER BY r.reference_date DESC, t.status, t.rank_no, t.id LIMIT :limit OFFSET :offset"))
				.param("limit", paging.size()).param("offset", paging.offset()).query(JdbcTargets::summary).list();
		if (!items.isEmpty()) {
			// the list names residents: one access-log entry per page shown, like a search
			accessLog.record(AccessSubject.of("TARGET_LIST", "targets:" + items.size(), user.homeUnitCode().orElse(null)),
					AccessAction.VIEW, "발굴대상자 목록 조회");
		}
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** The whole list for an export (same scope and order); 409 {@code export-too-large} above {@link #MAX_EXPORT}. */
	public List<TargetSummary> listAll(RoundId round, TargetStatus status) {
		var user = access.requireAnyRole(DiscoveryRoles.TARGET_READERS);
		var where = where(user, round, status);
		var items = where.apply(jdbc.sql("SELECT " + JdbcTargets.COLUMNS + JdbcTargets.FROM + where.sql
				+ " ORDER BY r.reference_date DESC, t.status, t.rank_no, t.id LIMIT :limit"))
				.param("limit", MAX_EXPORT + 1).query(JdbcTargets::summary).list();
		if (items.size() > MAX_EXPORT) {
			throw new DomainRuleViolation("export-too-large", MAX_EXPORT);
		}
		return items;
	}

	private record Where(String sql, Map<String, Object> params) {

		JdbcClient.StatementSpec apply(JdbcClient.StatementSpec spec) {
			params.forEach(spec::param);
			return spec;
		}
	}

	private Where where(DolbomUser user, RoundId round, TargetStatus status) {
		var offices = user.scope().offices();
		var sql = new StringBuilder(" WHERE t.office_code IN (:offices)");
		var params = new java.util.HashMap<String, Object>();
		params.put("offices", offices.isEmpty() ? List.of("-") : List.copyOf(offices));
		if (round != null) {
			sql.append(" AND t.round_id = :round");
			params.put("round", round.value());
		}
		if (status != null) {
			sql.append(" AND t.status = :status");
			params.put("status", status.name());
		}
		return new Where(sql.toString(), params);
	}

	public TargetDetail get(TargetId id) {
		var office = officeOf(id);
		access.requireOfficeAndRole(office, SUBJECT, id, DiscoveryRoles.TARGET_READERS);
		accessLog.record(AccessSubject.of("TARGET", id.value(), office), AccessAction.VIEW, "발굴대상자 조회");
		return detail(id);
	}

	private String officeOf(TargetId id) {
		return jdbc.sql("SELECT office_code FROM discovery_target WHERE id = ?").param(id.value()).query(String.class)
				.optional().orElseThrow(() -> new NotFoundException(SUBJECT, id));
	}

	TargetDetail detail(TargetId id) {
		var summary = jdbc.sql("SELECT " + JdbcTargets.COLUMNS + JdbcTargets.FROM + " WHERE t.id = ?").param(id.value())
				.query(JdbcTargets::summary).single();
		var row = jdbc.sql("""
				SELECT rrn_cipher, rrn_hash, support_route, contact_method, note, additional_of, additional_id, closed_on,
				  version FROM discovery_target WHERE id = ?""").param(id.value()).query((rs, n) -> new Object[] {
				rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), rs.getObject(8, LocalDate.class), rs.getInt(9) })
				.single();
		var rrn = registry.unseal((String) row[0]);
		var hash = (String) row[1];
		var explanation = jdbc.sql("""
				SELECT x.member_name, x.member_hash, x.indicator_code, i.name, x.observed_on, x.amount, x.points
				FROM discovery_target_indicator x JOIN discovery_indicator i ON i.code = x.indicator_code
				WHERE x.target_id = ? ORDER BY x.points DESC, i.sort_order, x.member_name""").param(id.value())
				.query((rs, n) -> new Explanation(rs.getString(1), hash.equals(rs.getString(2)), rs.getString(3),
						rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, Long.class), rs.getInt(7)))
				.list();
		var nonTargets = jdbc.sql("""
				SELECT id, reason_code, registered_on, indicator_codes, state, released_on, release_reason, version
				FROM discovery_non_target WHERE target_id = ? ORDER BY registered_on DESC""").param(id.value())
				.query((rs, n) -> new NonTargetView(rs.getObject(1, UUID.class), rs.getString(2),
						rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
						rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8)))
				.list();
		var alerts = jdbc.sql("""
				SELECT a.id, a.kind, a.detail, a.raised_on FROM discovery_alert a
				WHERE (a.subject_type = 'TARGET' AND a.subject_id = :id)
				   OR (a.subject_type = 'NON_TARGET' AND a.subject_id IN
				       (SELECT n.id FROM discovery_non_target n WHERE n.target_id = :id))
				ORDER BY a.raised_on DESC, a.kind""").param("id", id.value())
				.query((rs, n) -> new AlertView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class)))
				.list();
		var officeName = units.find(summary.officeCode()).map(u -> u.name()).orElse(summary.officeCode());
		return new TargetDetail(summary, rrn.masked(), rrn.birthDate(), officeName, (String) row[2], (String) row[3],
				(String) row[4], (UUID) row[5], (UUID) row[6], (LocalDate) row[7], (Integer) row[8], explanation,
				nonTargets, alerts);
	}

	// ---------------------------------------------------------------- the result

	@Transactional
	public Outcome registerResult(TargetId id, ResultCommand command) {
		var office = officeOf(id);
		var user = access.requireOfficeAndRole(office, SUBJECT, id, DiscoveryRoles.PROCESSORS);
		var problems = new ValidationFailed.Collector();
		var result = parse(TargetResult.class, command.result(), "result", "discovery.target.result", problems);
		ContactMethod contact = null;
		if (command.contactMethod() == null || command.contactMethod().isBlank()) {
			problems.reject("contactMethod", "discovery.target.contact-required");
		}
		else if ("MAIL".equalsIgnoreCase(command.contactMethod().strip())) {
			problems.reject("contactMethod", "discovery.target.contact-mail");
		}
		else {
			contact = parse(ContactMethod.class, command.contactMethod(), "contactMethod", "discovery.target.contact",
					problems);
		}
		var note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
		problems.rejectIf(note != null && note.length() > 1000, "note", "validation.too-long", 1000);
		var current = detail(id);
		NonTargetReason reason = null;
		SupportRoute route = null;
		Rrn additionalRrn = null;
		if (result == TargetResult.NON_TARGET) {
			reason = command.reasonCode() == null || command.reasonCode().isBlank() ? null
					: parse(NonTargetReason.class, command.reasonCode(), "reasonCode", "discovery.target.reason",
							problems);
			problems.rejectIf(command.reasonCode() == null || command.reasonCode().isBlank(), "reasonCode",
					"discovery.target.reason-required");
		}
		else if (result == TargetResult.SUPPORT) {
			route = command.supportRoute() == null || command.supportRoute().isBlank() ? SupportRoute.INITIAL_CONSULTATION
					: parse(SupportRoute.class, command.supportRoute(), "supportRoute", "discovery.target.route",
							problems);
			problems.rejectIf(current.summary().personId() == null
					&& (command.addressLine() == null || command.addressLine().isBlank()), "addressLine",
					"discovery.target.address-line");
		}
		else if (result == TargetResult.ADDITIONAL) {
			var person = command.additionalPerson();
			problems.rejectIf(person == null || person.name() == null || person.name().isBlank(),
					"additionalPerson.name", "validation.required");
			problems.rejectIf(person != null && person.name() != null && person.name().strip().length() > 60,
					"additionalPerson.name", "validation.too-long", 60);
			var rrnProblem = Rrn.problemOf(person == null ? null : person.rrn());
			if (rrnProblem.isPresent()) {
				problems.reject("additionalPerson.rrn",
						"validation.rrn." + rrnProblem.get().name().toLowerCase().replace('_', '-'));
			}
			else {
				additionalRrn = Rrn.parse(person.rrn());
				problems.rejectIf(registry.lookupKey(additionalRrn).equals(hashOf(id)), "additionalPerson.rrn",
						"discovery.target.additional-same");
			}
		}
		problems.throwIfAny();
		if (current.summary().status() != TargetStatus.OPEN) {
			throw new DomainRuleViolation("target-not-open");
		}
		if (command.version() != null && command.version() != current.version()) {
			throw new StaleVersionException();
		}

		var today = LocalDate.now(clock);
		UUID personId = current.summary().personId() == null ? null : current.summary().personId().value();
		TargetId additional = null;
		String next = null;
		switch (result) {
			case SUPPORT -> {
				if (personId == null) {
					var rrn = registry.unseal(sealed(id));
					personId = registry.register(current.summary().name(), rrn, office, command.addressLine().strip(),
							blankToNull(command.phone())).value();
				}
				update(id, "SUPPORT", route.name(), null, contact, note, personId, user, today, current.version());
				next = "/consultations/new?personId=" + personId + "&route=DISCOVERY";
			}
			case NON_TARGET -> {
				update(id, "NON_TARGET", null, reason.name(), contact, note, personId, user, today, current.version());
				registerNonTarget(id, reason, user, today);
			}
			case ADDITIONAL -> {
				additional = additionalTarget(id, current, command.additionalPerson(), additionalRrn, today);
				update(id, "NON_TARGET", null, NonTargetReason.INFORMATION_MISMATCH.name(), contact, note, personId, user,
						today, current.version());
				jdbc.sql("UPDATE discovery_target SET additional_id = ? WHERE id = ?")
						.params(additional.value(), id.value()).update();
				registerNonTarget(id, NonTargetReason.INFORMATION_MISMATCH, user, today);
				next = "/discovery/targets/" + additional.value();
			}
		}
		deadlines.complete(DeadlineSubject.ofTarget(id.value()), Step.TARGET_PROCESSING, StepVariant.STANDARD, today);
		events.publishEvent(new TargetProcessed(id, current.summary().roundId(), office, result));
		accessLog.record(AccessSubject.of("TARGET", id.value(), office), AccessAction.UPDATE, "발굴대상자 처리 결과 등록");
		return new Outcome(detail(id), additional, next);
	}

	private String hashOf(TargetId id) {
		return jdbc.sql("SELECT rrn_hash FROM discovery_target WHERE id = ?").param(id.value()).query(String.class)
				.single();
	}

	private String sealed(TargetId id) {
		return jdbc.sql("SELECT rrn_cipher FROM discovery_target WHERE id = ?").param(id.value()).query(String.class)
				.single();
	}

	private void update(TargetId id, String result, String route, String reason, ContactMethod contact, String note,
			UUID personId, DolbomUser user, LocalDate today, int version) {
		int updated = jdbc.sql("""
				UPDATE discovery_target SET status = 'PROCESSED', result = ?, support_route = ?, reason_code = ?,
				  contact_method = ?, note = ?, person_id = ?, processed_on = ?, processed_by = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'OPEN'""")
				.params(result, route, reason, contact.name(), note, personId, today, user.id().value(), id.value(), version)
				.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
	}

	/** A non-target with the household's indicator kinds of the round (the 12-month skip compares them). */
	private void registerNonTarget(TargetId id, NonTargetReason reason, DolbomUser user, LocalDate today) {
		var nonTarget = Ids.newId();
		var automatic = reason.releasesAutomatically();
		jdbc.sql("""
				INSERT INTO discovery_non_target (id, target_id, rrn_hash, person_id, name, office_code, reason_code,
				  registered_on, indicator_codes, state, released_on, release_reason)
				SELECT ?, t.id, t.rrn_hash, t.person_id, t.name, t.office_code, ?, ?,
				  COALESCE(h.indicator_codes, ''), ?, ?, ?
				FROM discovery_target t LEFT JOIN discovery_household_score h
				  ON h.round_id = t.round_id AND h.household_key = t.household_key
				WHERE t.id = ?""")
				.params(nonTarget, reason.name(), today, automatic ? "RELEASED" : "ACTIVE", automatic ? today : null,
						automatic ? "사망·말소 자동 해제" : null, id.value())
				.update();
		var now = OffsetDateTime.now(clock);
		event(nonTarget, "REGISTER", reason.name(), now, user.id().value());
		if (automatic) {
			event(nonTarget, "AUTO_RELEASE", null, now, null);
		}
	}

	void event(UUID nonTarget, String action, String reason, OffsetDateTime at, UUID by) {
		jdbc.sql("""
				INSERT INTO discovery_non_target_event (non_target_id, action, reason, happened_at, by_user)
				VALUES (?, ?, ?, ?, ?)""").params(nonTarget, action, reason, at, by).update();
	}

	/** 추가발굴대상자: a target of the same round and office, processed like any other. */
	private TargetId additionalTarget(TargetId original, TargetDetail current, AdditionalPerson person, Rrn rrn,
			LocalDate today) {
		var id = new TargetId(Ids.newId());
		var hash = registry.lookupKey(rrn);
		var known = registry.byLookupKeys(List.of(hash)).get(hash);
		var office = current.summary().officeCode();
		try {
			jdbc.sql("""
					INSERT INTO discovery_target (id, round_id, household_key, rrn_hash, rrn_cipher, name, person_id,
					  office_code, score, rank_no, selection, status, distributed_on, additional_of, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, 'ADDITIONAL', 'OPEN', ?, ?, ?)""")
					.params(id.value(), current.summary().roundId().value(), "A:" + hash, hash, registry.seal(rrn),
							person.name().strip(), known == null ? null : known.id().value(), office, today,
							original.value(), OffsetDateTime.now(clock))
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new DomainRuleViolation("additional-already-target");
		}
		distribution.open(id, office, known == null ? null : known.id().value(), today);
		accessLog.record(AccessSubject.of("TARGET", id.value(), office), AccessAction.CREATE, "추가발굴대상자 등록");
		return id;
	}

	// ---------------------------------------------------------------- non-targets

	@Transactional
	public TargetDetail release(UUID nonTargetId, String reason, Integer version) {
		return changeNonTarget(nonTargetId, "ACTIVE", "RELEASED", "RELEASE", reason, version);
	}

	@Transactional
	public TargetDetail cancelRelease(UUID nonTargetId, Integer version) {
		return changeNonTarget(nonTargetId, "RELEASED", "ACTIVE", "CANCEL_RELEASE", null, version);
	}

	private TargetDetail changeNonTarget(UUID nonTargetId, String from, String to, String action, String reason,
			Integer version) {
		var row = jdbc.sql("SELECT target_id, office_code, state, version FROM discovery_non_target WHERE id = ?")
				.param(nonTargetId)
				.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getInt(4) })
				.optional().orElseThrow(() -> new NotFoundException("discovery-non-target", nonTargetId));
		var office = (String) row[1];
		var user = access.requireOfficeAndRole(office, "discovery-non-target", nonTargetId, DiscoveryRoles.PROCESSORS);
		var text = reason == null || reason.isBlank() ? null : reason.strip();
		if ("RELEASE".equals(action)) {
			var problems = new ValidationFailed.Collector();
			problems.rejectIf(text == null, "reason", "validation.required")
					.rejectIf(text != null && text.length() > 300, "reason", "validation.too-long", 300);
			problems.throwIfAny();
		}
		if (!from.equals(row[2])) {
			throw new DomainRuleViolation("RELEASE".equals(action) ? "non-target-not-active" : "non-target-not-released");
		}
		int current = (Integer) row[3];
		if (version != null && version != current) {
			throw new StaleVersionException();
		}
		var today = LocalDate.now(clock);
		int updated = jdbc.sql("""
				UPDATE discovery_non_target SET state = ?, released_on = ?, release_reason = ?, version = version + 1
				WHERE id = ? AND version = ?""")
				.params(to, "RELEASED".equals(to) ? today : null, text, nonTargetId, current).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
		event(nonTargetId, action, text, OffsetDateTime.now(clock), user.id().value());
		accessLog.record(AccessSubject.of("TARGET", row[0], office), AccessAction.UPDATE,
				"RELEASE".equals(action) ? "비대상자 해제" : "비대상자 해제 취소");
		return detail(new TargetId((UUID) row[0]));
	}

	/** The target a non-target registration belongs to (for the page's redirect; no personal data). */
	public UUID targetOfNonTarget(UUID nonTargetId) {
		return jdbc.sql("SELECT target_id FROM discovery_non_target WHERE id = ?").param(nonTargetId)
				.query(UUID.class).optional().orElseThrow(() -> new NotFoundException("discovery-non-target", nonTargetId));
	}

	// ---------------------------------------------------------------- helpers

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String key,
			ValidationFailed.Collector problems) {
		if (value == null || value.isBlank()) {
			problems.reject(field, "validation.required");
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.reject(field, key);
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
