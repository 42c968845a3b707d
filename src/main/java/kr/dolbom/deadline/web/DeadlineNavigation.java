package kr.dolbom.deadline.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.dolbom.deadline.internal.NotificationService;
import kr.dolbom.deadline.internal.WorkQueueService;
import kr.dolbom.org.Role;
import kr.dolbom.shared.web.NavItem;

/** The module's entries of the main navigation, with the counts of overdue work and unread reminders. */
@Configuration(proxyBeanMethods = false)
class DeadlineNavigation {

	static final Set<String> WORKER_ROLES = Arrays.stream(new Role[] { Role.SOCIAL_WORKER, Role.NURSE, Role.TEAM_LEAD,
			Role.WELFARE_ADMIN, Role.OFFICE_HEAD, Role.DISTRICT_SUPPORT }).map(Role::name).collect(Collectors.toUnmodifiableSet());

	@Bean
	NavItem workQueueNavItem(WorkQueueService queues) {
		return new NavItem("deadline.nav.queue", "/work-queue", 10, WORKER_ROLES, new NavItem.NavBadge() {
			@Override
			public long count() {
				return queues.myOverdueCount();
			}

			@Override
			public String messageKey() {
				return "deadline.nav.badge.overdue";
			}
		});
	}

	@Bean
	NavItem notificationsNavItem(NotificationService notifications) {
		return new NavItem("deadline.nav.notifications", "/notifications", 11, WORKER_ROLES, new NavItem.NavBadge() {
			@Override
			public long count() {
				return notifications.unreadCount();
			}

			@Override
			public String messageKey() {
				return "deadline.nav.badge.unread";
			}
		});
	}

	@Bean
	NavItem calendarNavItem() {
		return new NavItem("deadline.nav.calendar", "/calendar", 70, Set.of());
	}

	@Bean
	NavItem deadlineRulesNavItem() {
		return new NavItem("deadline.nav.rules", "/admin/deadline-rules", 92, Set.of("ADMIN"));
	}
}
