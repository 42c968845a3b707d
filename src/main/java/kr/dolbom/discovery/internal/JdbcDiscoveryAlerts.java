package kr.dolbom.discovery.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.dolbom.discovery.AlertKind;
import kr.dolbom.discovery.DiscoveryAlerts;
import kr.dolbom.shared.Ids;

@Component
class JdbcDiscoveryAlerts implements DiscoveryAlerts {

	private final JdbcClient jdbc;

	JdbcDiscoveryAlerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void raise(String subjectType, UUID subjectId, String officeCode, AlertKind kind, String detail,
			LocalDate on) {
		jdbc.sql("""
				INSERT INTO discovery_alert (id, subject_type, subject_id, office_code, kind, detail, raised_on)
				SELECT :id, :type, :subject, :office, :kind, :detail, :on WHERE NOT EXISTS (
				  SELECT 1 FROM discovery_alert WHERE subject_type = :type AND subject_id = :subject
				  AND kind = :kind AND raised_on = :on)""")
				.param("id", Ids.newId()).param("type", subjectType).param("subject", subjectId)
				.param("office", officeCode).param("kind", kind.name()).param("detail", detail).param("on", on)
				.update();
	}
}
