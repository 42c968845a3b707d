package kr.dolbom.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import kr.dolbom.org.Access;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.Role;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * The supervisors' monthly review of the access log (quality.md; 개인정보의 안전성 확보조치 기준 §8②):
 * per user of the unit, how much personal data they touched, their downloads, reveals and
 * after-hours work, with what stands out flagged; the supervisor confirms the downloads' reasons and
 * records that the review was done, once per unit and month.
 */
@Service
public class AccessReviewService {

	static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	/** The administrator reviews the whole country under this code. */
	public static final String NATIONAL = "0000000000";

	static final int DOWNLOADS_SHOWN = 500;

	private final JdbcAccessReviews reviews;
	private final Access access;
	private final OrgUnits units;
	private final Clock clock;

	AccessReviewService(JdbcAccessReviews reviews, Access access, OrgUnits units, Clock clock) {
		this.reviews = reviews;
		this.access = access;
		this.units = units;
		this.clock = clock;
	}

	public record UserLine(AccessReviewRules.Activity activity, Set<AccessReviewRules.Flag> flags) {
	}

	public record MonthlyReview(YearMonth month, String unitCode, String unitName, List<UserLine> users,
			long medianPersons, List<JdbcAccessReviews.Download> downloads, boolean downloadsCut,
			Optional<JdbcAccessReviews.Review> done, boolean reviewable) {

		public long entries() {
			return users.stream().mapToLong(u -> u.activity().entries()).sum();
		}

		public long flagged() {
			return users.stream().filter(u -> !u.flags().isEmpty()).count();
		}

		public long downloadCount() {
			return users.stream().mapToLong(u -> u.activity().downloads()).sum();
		}
	}

	/** The month's review of the unit (default: the last month and the user's own unit). */
	public MonthlyReview review(YearMonth month, String unitCode) {
		var user = access.requireAnyRole(Role.SUPERVISOR, Role.ADMIN);
		var when = month == null ? YearMonth.now(clock).minusMonths(1) : month;
		if (when.isAfter(YearMonth.now(clock))) {
			throw ValidationFailed.of("month", "audit.review.month.future");
		}
		var unit = unit(user, unitCode);
		var from = when.atDay(1).atStartOfDay(KOREA).toOffsetDateTime();
		var to = when.plusMonths(1).atDay(1).atStartOfDay(KOREA).toOffsetDateTime();
		var codes = codesUnder(unit);
		var activity = reviews.activity(from, to, codes);
		long median = AccessReviewRules.medianPersons(activity);
		var lines = activity.stream().map(a -> new UserLine(a, AccessReviewRules.flags(a, median)))
				.sorted(Comparator.comparing((UserLine l) -> l.flags().isEmpty())
						.thenComparing(l -> -l.activity().persons()))
				.toList();
		var downloads = reviews.downloads(from, to, codes, DOWNLOADS_SHOWN + 1);
		boolean cut = downloads.size() > DOWNLOADS_SHOWN;
		return new MonthlyReview(when, unit.code(), unit.fullName(), lines, median,
				cut ? downloads.subList(0, DOWNLOADS_SHOWN) : downloads, cut, reviews.find(when.atDay(1), unit.code()),
				when.isBefore(YearMonth.now(clock)));
	}

	/** Records that the month of the unit was reviewed, with what the reviewer found and did. */
	public JdbcAccessReviews.Review record(YearMonth month, String unitCode, String note) {
		var user = access.requireAnyRole(Role.SUPERVISOR, Role.ADMIN);
		var problems = new ValidationFailed.Collector()
				.rejectIf(month == null, "month", "validation.required")
				.rejectIf(month != null && !month.isBefore(YearMonth.now(clock)), "month", "audit.review.month.open")
				.rejectIf(note == null || note.isBlank(), "note", "audit.review.note.required")
				.rejectIf(note != null && note.length() > 2000, "note", "validation.too-long", 2000);
		problems.throwIfAny();
		var review = review(month, unitCode);
		var saved = new JdbcAccessReviews.Review(Ids.newId(), month.atDay(1), review.unitCode(), user.id().value(),
				user.name(), OffsetDateTime.now(clock), review.entries(), review.users().size(), (int) review.flagged(),
				review.downloadCount(), note.strip());
		if (!reviews.insert(saved)) {
			throw new DomainRuleViolation("review-done");
		}
		return saved;
	}

	/** The reviews done for the user's units, newest first. */
	public List<JdbcAccessReviews.Review> history(String unitCode) {
		var user = access.requireAnyRole(Role.SUPERVISOR, Role.ADMIN);
		var unit = unit(user, unitCode);
		return reviews.ofUnits(codesUnder(unit), 60);
	}

	private OrgUnit unit(DolbomUser user, String unitCode) {
		if (user.hasRole(Role.ADMIN) && (unitCode == null || unitCode.isBlank() || unitCode.equals(NATIONAL))) {
			return new OrgUnit(NATIONAL, "전국", "전국", null, null);
		}
		if (unitCode == null || unitCode.isBlank()) {
			return user.grants().stream().filter(g -> g.role() == Role.SUPERVISOR).map(g -> units.get(g.orgUnitCode()))
					.min(Comparator.comparingInt(u -> u.level().ordinal()))
					.orElseThrow(() -> new NotFoundException("org-unit", "home"));
		}
		var unit = units.find(unitCode).orElseThrow(() -> new NotFoundException("org-unit", unitCode));
		boolean inScope = user.hasRole(Role.ADMIN) || user.scope().roots().stream()
				.anyMatch(root -> root.equals(unit.code()) || units.isWithin(unit.code(), root));
		if (!inScope) {
			throw new NotFoundException("org-unit", unitCode);
		}
		return unit;
	}

	/** The unit and every unit below it: entries carry the subject's and the actor's unit. */
	private Set<String> codesUnder(OrgUnit unit) {
		if (unit.code().equals(NATIONAL)) {
			return null; // the administrator's national review: no unit filter
		}
		Set<String> codes = new LinkedHashSet<>();
		var queue = new ArrayDeque<OrgUnit>();
		queue.add(unit);
		while (!queue.isEmpty()) {
			var next = queue.poll();
			if (codes.add(next.code())) {
				queue.addAll(units.children(next.code()));
			}
		}
		return codes;
	}
}
