package kr.dolbom.discovery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.dolbom.discovery.AlertKind;
import kr.dolbom.discovery.DiscoveryAlerts;
import kr.dolbom.people.PersonMoved;

/**
 * A non-target who moves to another 읍면동 is managed there from then on: the registration follows
 * the person and the new office gets the alert 전입 (moved in).
 */
@Component
class NonTargetMoves {

	private final JdbcClient jdbc;
	private final DiscoveryAlerts alerts;
	private final Clock clock;

	NonTargetMoves(JdbcClient jdbc, DiscoveryAlerts alerts, Clock clock) {
		this.jdbc = jdbc;
		this.alerts = alerts;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PersonMoved moved) {
		if (moved.toOffice() == null || moved.toOffice().equals(moved.fromOffice())) {
			return;
		}
		var ids = jdbc.sql("SELECT id FROM discovery_non_target WHERE person_id = ? AND state = 'ACTIVE'")
				.param(moved.person().value()).query(UUID.class).list();
		for (var id : ids) {
			jdbc.sql("UPDATE discovery_non_target SET office_code = ?, version = version + 1 WHERE id = ?")
					.params(moved.toOffice(), id).update();
			alerts.raise("NON_TARGET", id, moved.toOffice(), AlertKind.MOVED_IN, moved.fromOffice(),
					moved.movedOn() == null ? LocalDate.now(clock) : moved.movedOn());
		}
	}
}
