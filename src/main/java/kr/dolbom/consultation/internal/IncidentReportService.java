package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.Access;
import kr.dolbom.org.DolbomUser;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Incident reports of visit safety (domain.md §3.4, appendix 3 "사고가 발생했을 경우 즉시 슈퍼바이저(관리자)에게
 * 알리고, 사고보고서를 작성"). Whoever visits reports; the report is visible to the team lead, the office head
 * and the 희망복지지원단 of the office, and to the reporter and the visit's staff — not to other colleagues
 * (403); outside the scope it does not exist (404).
 */
@Service
public class IncidentReportService {

	private final JdbcIncidentReports reports;
	private final JdbcOutreachVisits visits;
	private final Persons persons;
	private final Access access;
	private final AccessLog accessLog;
	private final Clock clock;

	IncidentReportService(JdbcIncidentReports reports, JdbcOutreachVisits visits, Persons persons, Access access,
			AccessLog accessLog, Clock clock) {
		this.reports = reports;
		this.visits = visits;
		this.persons = persons;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public record NewIncident(UUID visitId, String officeCode, UUID householdId, LocalDateTime occurredAt, String place,
			String peopleInvolved, String supervisor, String damageSummary, String riskDetail, String damageExtent,
			String clientBehaviour, String bystanderBehaviour, String staffReaction, String witnessAccount,
			boolean policeReported, String outcome) {
	}

	@Transactional
	public IncidentReport report(NewIncident in) {
		String office;
		UUID household = in.householdId();
		if (in.visitId() != null) {
			var visit = visits.find(in.visitId()).orElseThrow(() -> new NotFoundException("outreach-visit", in.visitId()));
			office = visit.officeCode();
			household = visit.householdId().value();
		}
		else {
			if (in.officeCode() == null || in.officeCode().isBlank()) {
				throw ValidationFailed.of("officeCode", "validation.required");
			}
			office = in.officeCode().strip();
			if (household != null) {
				var h = persons.household(new HouseholdId(household)).orElse(null);
				if (h == null || !h.officeCode().equals(office)) {
					throw ValidationFailed.of("householdId", "validation.incident.household");
				}
			}
		}
		var user = access.requireOfficeAndRole(office, "office", office, VisitSafetyAccess.INCIDENT_REPORT);
		var problems = new ValidationFailed.Collector();
		var now = OffsetDateTime.now(clock);
		problems.rejectIf(in.occurredAt() == null, "occurredAt", "validation.required")
				.rejectIf(in.occurredAt() != null && in.occurredAt().atZone(clock.getZone()).toOffsetDateTime().isAfter(now),
						"occurredAt", "validation.date.future");
		required(problems, "place", in.place(), 300);
		required(problems, "peopleInvolved", in.peopleInvolved(), 1000);
		required(problems, "damageSummary", in.damageSummary(), 2000);
		required(problems, "clientBehaviour", in.clientBehaviour(), 2000);
		optional(problems, "supervisor", in.supervisor(), 200);
		optional(problems, "riskDetail", in.riskDetail(), 2000);
		optional(problems, "damageExtent", in.damageExtent(), 1000);
		optional(problems, "bystanderBehaviour", in.bystanderBehaviour(), 2000);
		optional(problems, "staffReaction", in.staffReaction(), 2000);
		optional(problems, "witnessAccount", in.witnessAccount(), 2000);
		optional(problems, "outcome", in.outcome(), 2000);
		problems.throwIfAny();
		var report = new IncidentReport(Ids.newId(), office, in.visitId(), household,
				in.occurredAt().atZone(clock.getZone()).toOffsetDateTime(), in.place().strip(), in.peopleInvolved().strip(),
				strip(in.supervisor()), in.damageSummary().strip(), strip(in.riskDetail()), strip(in.damageExtent()),
				in.clientBehaviour().strip(), strip(in.bystanderBehaviour()), strip(in.staffReaction()),
				strip(in.witnessAccount()), in.policeReported(), null, strip(in.outcome()), null, null, user.id().value(),
				now, 0);
		reports.insert(report);
		accessLog.record(subject(report), AccessAction.CREATE, "사고보고서 작성");
		return report;
	}

	public IncidentReport get(UUID id) {
		var report = visible(id);
		accessLog.record(subject(report), AccessAction.VIEW, "사고보고서 조회");
		return report;
	}

	/** The reports the caller may read in their offices, newest first. */
	public List<IncidentReport> list() {
		var user = access.requireAnyRole(VisitSafetyAccess.INCIDENT_REPORT);
		var list = reports.ofOffices(user.scope().offices()).stream().filter(r -> mayRead(user, r)).toList();
		accessLog.record(AccessSubject.of("INCIDENT_REPORT_LIST", list.size(), user.homeUnitCode().orElse(null)),
				AccessAction.VIEW, "사고보고서 목록 조회");
		return list;
	}

	/** The supervisor's opinion and plan, and the outcome (슈퍼바이저 및 관리자의 의견 및 대처계획, 사고 처리 결과). */
	@Transactional
	public IncidentReport review(UUID id, int version, String plan, String outcome) {
		var report = reports.find(id).orElseThrow(() -> new NotFoundException("incident-report", id));
		var user = access.requireOfficeAndRole(report.officeCode(), "incident-report", id,
				VisitSafetyAccess.INCIDENT_OVERSIGHT);
		var problems = new ValidationFailed.Collector();
		required(problems, "supervisorPlan", plan, 2000);
		optional(problems, "outcome", outcome, 2000);
		problems.throwIfAny();
		reports.review(id, version, plan.strip(), outcome == null || outcome.isBlank() ? report.outcome() : outcome.strip(),
				user.id().value(), OffsetDateTime.now(clock));
		accessLog.record(subject(report), AccessAction.UPDATE, "사고보고서 검토 (슈퍼바이저 의견·대처계획)");
		return reports.find(id).orElseThrow();
	}

	/** Scope first (404), then the right to read it (403). No access log: the caller logs its own action. */
	IncidentReport visible(UUID id) {
		var report = reports.find(id).orElseThrow(() -> new NotFoundException("incident-report", id));
		var user = access.requireOffice(report.officeCode(), "incident-report", id);
		if (!mayRead(user, report)) {
			throw new AccessDeniedException("incident report");
		}
		return report;
	}

	private boolean mayRead(DolbomUser user, IncidentReport report) {
		if (user.hasAnyRole(VisitSafetyAccess.INCIDENT_OVERSIGHT)) {
			return true;
		}
		if (!user.hasAnyRole(VisitSafetyAccess.INCIDENT_REPORT)) {
			return false;
		}
		var me = user.id().value();
		if (me.equals(report.reportedBy())) {
			return true;
		}
		return report.visitId() != null && visits.find(report.visitId())
				.map(v -> v.staff().stream().anyMatch(s -> s.userId().equals(me))).orElse(false);
	}

	static AccessSubject subject(IncidentReport r) {
		return AccessSubject.of("INCIDENT_REPORT", r.id(), r.officeCode());
	}

	private static void required(ValidationFailed.Collector problems, String field, String value, int max) {
		problems.rejectIf(value == null || value.isBlank(), field, "validation.required");
		optional(problems, field, value, max);
	}

	private static void optional(ValidationFailed.Collector problems, String field, String value, int max) {
		problems.rejectIf(value != null && value.length() > max, field, "validation.too-long", max);
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
