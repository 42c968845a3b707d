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

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.Access;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.Team;
import kr.dolbom.org.Teams;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.PersonSummary;
import kr.dolbom.people.Persons;
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

	/**
	 * One row of the queue; {@code assigneeName} is null when nobody is assigned, {@code personName}
	 * when the deadline names no (known) person.
	 */
	public record QueueItem(DeadlineRecord deadline, boolean overdue, long daysOverdue, long daysLeft,
			String assigneeName, String personName) {
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
	private final Persons persons;
	private final AccessLog accessLog;
	private final Clock clock;

	WorkQueueService(JdbcDeadlines deadlines, Access access, CurrentUser currentUser, Teams teams, Users users,
			Persons persons, AccessLog accessLog, Clock clock) {
		this.deadlines = deadlines;
		this.access = access;
		this.currentUser = currentUser;
		this.teams = teams;
		this.users = users;
		this.persons = persons;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public Queue queue(Whose whose) {
		var user = access.requireAnyRole(DeadlineRoles.WORKERS);
		var today = LocalDate.now(clock);
		var offices = user.scope().offices();
		if (whose == Whose.ME) {
			var items = deadlines.queueOfAssignee(user.id().value(), offices, today);
			return new Queue(whose, null, items(items, today, user));
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
		return new Queue(whose, team, items(items, today, user));
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

	private List<QueueItem> items(List<DeadlineRecord> records, LocalDate today, DolbomUser user) {
		Map<UUID, String> names = records.stream().map(DeadlineRecord::assigneeId).filter(id -> id != null).distinct()
				.map(id -> users.find(new UserId(id)))
				.flatMap(Optional::stream)
				.collect(Collectors.toMap(u -> u.id().value(), UserSummary::name, (a, b) -> a));
		var personIds = records.stream().map(DeadlineRecord::personId).filter(id -> id != null).distinct()
				.map(PersonId::new).toList();
		Map<UUID, String> people = persons.findAll(personIds).stream()
				.collect(Collectors.toMap(p -> p.id().value(), PersonSummary::name, (a, b) -> a));
		if (!people.isEmpty()) {
			// the queue names residents: one entry per queue shown, like a search (quality.md access log)
			accessLog.record(AccessSubject.of("WORK_QUEUE", "persons:" + people.size(), user.homeUnitCode().orElse(null)),
					AccessAction.VIEW, "업무 목록 조회");
		}
		return records.stream()
				.map(d -> new QueueItem(d, d.overdueOn(today), d.daysOverdue(today), d.daysLeft(today),
						d.assigneeId() == null ? null : names.get(d.assigneeId()),
						d.personId() == null ? null : people.get(d.personId())))
				.toList();
	}
}
