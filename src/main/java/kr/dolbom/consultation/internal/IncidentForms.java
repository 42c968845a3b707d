package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.shared.print.FormTexts;
import kr.dolbom.shared.print.PrintedForm;
import kr.dolbom.shared.print.PrintedForm.Field;

/**
 * 사고보고서 (appendix 3, domain.md §3.4) as an A4 form with the fields of the report and signature lines of
 * the reporter and the supervisor; whoever may read the report may print it; one PRINT entry per print.
 */
@Service
public class IncidentForms {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy. M. d. HH:mm");

	public record Printed(String fileName, byte[] pdf) {
	}

	private final IncidentReportService incidents;
	private final Users users;
	private final OrgUnits units;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final FormTexts texts;
	private final Clock clock;

	IncidentForms(IncidentReportService incidents, Users users, OrgUnits units, CurrentUser currentUser,
			AccessLog accessLog, FormTexts texts, Clock clock) {
		this.incidents = incidents;
		this.users = users;
		this.units = units;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.texts = texts;
		this.clock = clock;
	}

	public Printed incidentReport(UUID id, String purpose) {
		var r = incidents.visible(id);
		var user = currentUser.get();
		var t = texts;
		var unit = user.homeUnitCode().flatMap(units::find).map(OrgUnit::name).orElse(null);
		var reporter = users.find(new UserId(r.reportedBy())).map(UserSummary::name).orElse("");
		var reviewer = r.reviewedBy() == null ? "" : users.find(new UserId(r.reviewedBy())).map(UserSummary::name).orElse("");
		var occurred = r.occurredAt().atZoneSameInstant(clock.getZone());
		var pdf = PrintedForm.a4(t.get("incidentform.title"), t.printedBy(user.name(), user.username(), unit,
				OffsetDateTime.now(clock)))
				.subtitle(units.find(r.officeCode()).map(OrgUnit::fullName).orElse(r.officeCode()))
				.section(t.get("incidentform.section.what"))
				.fields(2, List.of(new Field(t.get("incident.occurredAt"), AT.format(occurred)),
						new Field(t.get("incident.place"), r.place()),
						new Field(t.get("incident.supervisor"), r.supervisor() == null ? "" : r.supervisor()),
						new Field(t.get("incident.policeReported"), t.get(r.policeReported() ? "incidentform.yes" : "incidentform.no")),
						new Field(t.get("incidentform.reporter"), reporter),
						new Field(t.get("incidentform.reportedAt"), AT.format(r.reportedAt().atZoneSameInstant(clock.getZone())))))
				.writingLines(t.get("incident.peopleInvolved"), r.peopleInvolved(), 1)
				.section(t.get("incidentform.section.damage"))
				.writingLines(t.get("incident.damageSummary"), r.damageSummary(), 1)
				.writingLines(t.get("incident.riskDetail"), r.riskDetail(), 1)
				.writingLines(t.get("incident.damageExtent"), r.damageExtent(), 1)
				.section(t.get("incidentform.section.behaviour"))
				.writingLines(t.get("incident.clientBehaviour"), r.clientBehaviour(), 1)
				.writingLines(t.get("incident.bystanderBehaviour"), r.bystanderBehaviour(), 1)
				.writingLines(t.get("incident.staffReaction"), r.staffReaction(), 1)
				.writingLines(t.get("incident.witnessAccount"), r.witnessAccount(), 1)
				.keepTogether(260)
				.section(t.get("incidentform.section.supervisor"))
				.writingLines(t.get("incident.supervisorPlan"), r.supervisorPlan(), 2)
				.writingLines(t.get("incident.outcome"), r.outcome(), 2)
				.note(t.get("incidentform.note"))
				.signatures(t.blankDate(), List.of(new Field(t.get("incidentform.reporter"), reporter),
						new Field(t.get("incidentform.supervisorSign"), reviewer)), t.get("incidentform.signHere"))
				.toPdf();
		var own = t.get("incidentform.purpose");
		accessLog.record(IncidentReportService.subject(r), AccessAction.PRINT,
				purpose == null || purpose.isBlank() ? own : own + " — " + purpose.strip());
		return new Printed("incident-report-" + r.id().toString().substring(0, 8) + ".pdf", pdf);
	}
}
