package kr.dolbom.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import kr.dolbom.org.Access;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Team;
import kr.dolbom.org.Teams;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.shared.ValidationFailed;

/**
 * The work queue of api.md: the caller's open deadlines (or their team's), overdue first and then
 * by due date, always within the caller's scope.
 */
@Service
public class WorkQueueService {

	public enum Whose {
		ME, TEAM;

		public static Whose parse(String value) {
			if (value == null || value.isBlank() || value.equalsIgnoreCase("me")) {
				return ME;
			}
			if (value.equalsIgnoreCase("team")) {
				return TEAM;
			}
			throw ValidationFailed.of("assignee", "deadline.queue.assignee.invalid");
		}
	}

	/** One row of the queue; {@code assigneeName} is null when nobody is assigned. */
	public record QueueItem(DeadlineRecord deadline, boolean overdue, long daysOverdue, long daysLeft,
			String assigneeName) {
	}

	public record Queue(Whose whose, Team team, List<QueueItem> items) {

		public long overdueCount() {
			return items.stream().filter(QueueItem::overdue).count();
		}
	}

	private final JdbcDeadlines deadlines;
	private final Access access;
	private final CurrentUser currentUser;
	private final Teams teams;
	private final Users users;
	private final Clock clock;

	WorkQueueService(JdbcDeadlines deadlines, Access access, CurrentUser currentUser, Teams teams, Users users,
			Clock clock) {
		this.deadlines = deadlines;
		this.access = access;
		this.currentUser = currentUser;
		this.teams = teams;
		this.users = users;
		this.clock = clock;
	}

	public Queue queue(Whose whose) {
		var user = access.requireAnyRole(DeadlineRoles.WORKERS);
		var today = LocalDate.now(clock);
		var offices = user.scope().offices();
		if (whose == Whose.ME) {
			var items = deadlines.queueOfAssignee(user.id().value(), offices, today);
			return new Queue(whose, null, items(items, today));
		}
		var team = user.teamId() == null ? null : teams.find(user.teamId()).orElse(null);
		if (team == null) {
			throw ValidationFailed.of("assignee", "deadline.queue.noTeam");
		}
		Set<String> teamOffices = new LinkedHashSet<>(team.servedOffices());
		if (teamOffices.isEmpty() && offices.contains(team.homeUnitCode())) {
			teamOffices.add(team.homeUnitCode());
		}
		teamOffices.retainAll(offices);
		var items = deadlines.queueOfTeam(team.id(), teamOffices, offices, today);
		return new Queue(whose, team, items(items, today));
	}

	/** How many of the caller's own deadlines are overdue (navigation badge); 0 for other roles. */
	public long myOverdueCount() {
		var user = currentUser.find();
		if (user.isEmpty() || !user.get().hasAnyRole(DeadlineRoles.WORKERS)) {
			return 0;
		}
		return deadlines.countOverdueOfAssignee(user.get().id().value(), user.get().scope().offices(),
				LocalDate.now(clock));
	}

	private List<QueueItem> items(List<DeadlineRecord> records, LocalDate today) {
		Map<UUID, String> names = records.stream().map(DeadlineRecord::assigneeId).filter(id -> id != null).distinct()
				.map(id -> users.find(new UserId(id)))
				.flatMap(Optional::stream)
				.collect(Collectors.toMap(u -> u.id().value(), UserSummary::name, (a, b) -> a));
		return records.stream()
				.map(d -> new QueueItem(d, d.overdueOn(today), d.daysOverdue(today), d.daysLeft(today),
						d.assigneeId() == null ? null : names.get(d.assigneeId())))
				.toList();
	}
}
