package kr.dolbom.deadline.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.org.Access;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.org.Role;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;

/** The signed-in user's reminders: listed, counted for the navigation and marked read. */
@Service
public class NotificationService {

	private final JdbcNotifications notifications;
	private final Access access;
	private final CurrentUser currentUser;
	private final Clock clock;

	NotificationService(JdbcNotifications notifications, Access access, CurrentUser currentUser, Clock clock) {
		this.notifications = notifications;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	public PageResult<Notification> mine(boolean unreadOnly, Paging paging) {
		var user = access.requireAnyRole(Role.values());
		return notifications.visibleTo(audience(user), unreadOnly, paging);
	}

	/** Unread reminders of the signed-in user, for the navigation badge (0 without a user). */
	public long unreadCount() {
		return currentUser.find().map(user -> notifications.unreadCount(audience(user))).orElse(0L);
	}

	/**
	 * 404 for a reminder that does not exist or is not addressed to the caller. One insert in its
	 * own statement: marking a reminder read twice at the same moment is harmless.
	 */
	public void markRead(UUID id) {
		var user = access.requireAnyRole(Role.values());
		if (!notifications.isVisible(id, audience(user))) {
			throw new NotFoundException("notification", id);
		}
		notifications.markRead(id, user.id().value(), OffsetDateTime.now(clock));
	}

	@Transactional
	public int markAllRead() {
		var user = access.requireAnyRole(Role.values());
		return notifications.markAllRead(audience(user), OffsetDateTime.now(clock));
	}

	/** Team leads and office heads also get the reminders of deadlines nobody owns in their offices. */
	private static JdbcNotifications.Audience audience(DolbomUser user) {
		var leadOffices = new HashSet<String>();
		if (user.hasAnyRole(Role.TEAM_LEAD, Role.OFFICE_HEAD)) {
			leadOffices.addAll(user.scope().offices());
		}
		return new JdbcNotifications.Audience(user.id().value(), user.teamId(), user.scope().offices(), leadOffices);
	}
}
