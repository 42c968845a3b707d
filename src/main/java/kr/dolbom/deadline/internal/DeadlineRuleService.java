package kr.dolbom.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.deadline.internal.rules.DeadlineRule;
import kr.dolbom.deadline.internal.rules.RuleTerm;
import kr.dolbom.org.Access;
import kr.dolbom.org.Role;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.StaleVersionException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Deadline rules as configuration (domain.md §5): one rule per step and variant, kept as
 * versions with an effective date and a note of why. The administrator adds versions; nothing is
 * ever overwritten, so a deadline can always show the rule it was computed with. The anchor event
 * of a rule is fixed (the module that opens the deadline supplies that event's date); amount,
 * unit and the cap are configuration.
 */
@Service
public class DeadlineRuleService {

	static final int NOTE_MAX = 300;

	private final JdbcDeadlineRules rules;
	private final Access access;
	private final Clock clock;

	DeadlineRuleService(JdbcDeadlineRules rules, Access access, Clock clock) {
		this.rules = rules;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * One rule: the version in force today, the next version if one is scheduled for a later day,
	 * and the number of the latest version (what a new version must be based on).
	 */
	public record RuleSummary(Step step, StepVariant variant, DeadlineRule current, DeadlineRule scheduled,
			int latestVersion) {
	}

	public record NewVersion(Integer amount, PeriodUnit unit, Integer capAmount, PeriodUnit capUnit,
			LocalDate effectiveFrom, String note, Integer basedOnVersion) {
	}

	public List<RuleSummary> overview() {
		access.requireAnyRole(readers());
		var today = LocalDate.now(clock);
		var byKey = new LinkedHashMap<String, List<DeadlineRule>>();
		rules.all().stream()
				.sorted(Comparator.comparing((DeadlineRule r) -> r.step().ordinal()).thenComparing(r -> r.variant().ordinal()))
				.forEach(r -> byKey.computeIfAbsent(r.step() + "/" + r.variant(), k -> new ArrayList<>()).add(r));
		return byKey.values().stream().map(versions -> summary(versions, today)).toList();
	}

	public RuleSummary summary(Step step, StepVariant variant) {
		access.requireAnyRole(readers());
		return summary(existingVersions(step, variant), LocalDate.now(clock));
	}

	public List<DeadlineRule> history(Step step, StepVariant variant) {
		access.requireAnyRole(readers());
		return existingVersions(step, variant).stream().sorted(Comparator.comparingInt(DeadlineRule::version).reversed())
				.toList();
	}

	/**
	 * Adds a version of a rule (administrator only). It applies to deadlines whose anchor date is on
	 * or after {@code effectiveFrom}, which may not lie in the past; existing deadlines keep their
	 * due dates. {@code basedOnVersion} must be the latest version (otherwise 409 stale-version).
	 */
	@Transactional
	public DeadlineRule addVersion(Step step, StepVariant variant, NewVersion request) {
		var admin = access.requireAnyRole(Role.ADMIN);
		var versions = existingVersions(step, variant);
		var latest = versions.stream().max(Comparator.comparingInt(DeadlineRule::version)).orElseThrow();
		var today = LocalDate.now(clock);
		var problems = new ValidationFailed.Collector();
		validateTerm(problems, "amount", "unit", request.amount(), request.unit(), latest.term().anchor().mayBeInFuture());
		if (latest.cap() == null) {
			problems.rejectIf(request.capAmount() != null || request.capUnit() != null, "capAmount",
					"deadline.rule.cap.notAllowed");
		}
		else {
			validateTerm(problems, "capAmount", "capUnit", request.capAmount(), request.capUnit(), false);
			problems.rejectIf(request.capAmount() != null && request.capAmount() <= 0, "capAmount",
					"deadline.rule.cap.positive");
		}
		if (request.effectiveFrom() == null) {
			problems.reject("effectiveFrom", "deadline.rule.effectiveFrom.required");
		}
		else if (request.effectiveFrom().isBefore(today)) {
			problems.reject("effectiveFrom", "deadline.rule.effectiveFrom.past", today);
		}
		var note = request.note() == null ? "" : request.note().strip();
		problems.rejectIf(note.isEmpty(), "note", "deadline.rule.note.required")
				.rejectIf(note.length() > NOTE_MAX, "note", "deadline.rule.note.length", NOTE_MAX)
				.rejectIf(request.basedOnVersion() == null, "basedOnVersion", "deadline.rule.version.required");
		problems.throwIfAny();
		if (request.basedOnVersion() != latest.version()) {
			throw new StaleVersionException();
		}
		var cap = latest.cap() == null ? null
				: new RuleTerm(request.capAmount(), request.capUnit(), latest.cap().anchor());
		var rule = new DeadlineRule(Ids.newId(), step, variant, latest.version() + 1,
				new RuleTerm(request.amount(), request.unit(), latest.term().anchor()), cap, request.effectiveFrom(), note,
				OffsetDateTime.now(clock), admin.username());
		try {
			rules.insert(rule, admin.id().value());
		}
		catch (DuplicateKeyException e) {
			throw new StaleVersionException(); // someone else added the same version number meanwhile
		}
		return rule;
	}

	/** The version in force for an anchor date (no access check: used while opening a deadline). */
	Optional<DeadlineRule> inForce(Step step, StepVariant variant, LocalDate anchorDate) {
		return DeadlineRule.inForce(rules.versions(step, variant), anchorDate);
	}

	/** Every version of a rule, oldest first (no access check: used while opening a deadline). */
	List<DeadlineRule> versionsOf(Step step, StepVariant variant) {
		return rules.versions(step, variant);
	}

	/** Bounds of a period by unit: long enough for every legal period, short enough to catch typos. */
	static int min(PeriodUnit unit, boolean mayCountBackwards) {
		if (!mayCountBackwards) {
			return 0;
		}
		return switch (unit) {
			case WORKING_DAYS -> -60;
			case CALENDAR_DAYS -> -90;
			case MONTHS -> -12;
		};
	}

	static int max(PeriodUnit unit) {
		return switch (unit) {
			case WORKING_DAYS -> 60;
			case CALENDAR_DAYS -> 366;
			case MONTHS -> 36;
		};
	}

	private static void validateTerm(ValidationFailed.Collector problems, String amountField, String unitField,
			Integer amount, PeriodUnit unit, boolean mayCountBackwards) {
		if (unit == null) {
			problems.reject(unitField, "deadline.rule.unit.required");
		}
		if (amount == null) {
			problems.reject(amountField, "deadline.rule.amount.required");
		}
		else if (unit != null && (amount < min(unit, mayCountBackwards) || amount > max(unit))) {
			problems.reject(amountField, "deadline.rule.amount.range", min(unit, mayCountBackwards), max(unit));
		}
	}

	private List<DeadlineRule> existingVersions(Step step, StepVariant variant) {
		var versions = rules.versions(step, variant);
		if (versions.isEmpty()) {
			throw new NotFoundException("deadline-rule", step + "/" + variant);
		}
		return versions;
	}

	private static RuleSummary summary(List<DeadlineRule> versions, LocalDate today) {
		var first = versions.get(0);
		var current = DeadlineRule.inForce(versions, today).orElse(null);
		var scheduled = versions.stream().filter(r -> r.effectiveFrom().isAfter(today))
				.min(Comparator.comparing(DeadlineRule::effectiveFrom).thenComparingInt(DeadlineRule::version)).orElse(null);
		int latest = versions.stream().mapToInt(DeadlineRule::version).max().orElseThrow();
		return new RuleSummary(first.step(), first.variant(), current, scheduled, latest);
	}

	private static Role[] readers() {
		var roles = new ArrayList<>(List.of(DeadlineRoles.READERS));
		roles.add(Role.ADMIN);
		return roles.toArray(Role[]::new);
	}
}
