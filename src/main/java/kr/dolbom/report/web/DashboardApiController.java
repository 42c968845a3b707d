package kr.dolbom.report.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.casework.CaseState;
import kr.dolbom.deadline.Step;
import kr.dolbom.report.internal.Compliance;
import kr.dolbom.report.internal.Dashboards;

/** The dashboards as JSON (extends api.md; no personal data, counts only). */
@RestController
@RequestMapping("/api/v1/dashboards")
@Tag(name = "Dashboards")
class DashboardApiController {

	private final Dashboards dashboards;

	DashboardApiController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	record ComplianceJson(long onTime, long late, long overdue, Integer ratePercent) {

		static ComplianceJson of(Compliance c) {
			return new ComplianceJson(c.onTime(), c.late(), c.overdue(), c.ratePercent());
		}
	}

	record UnitJson(String code, String name) {
	}

	record RowJson(UnitJson unit, Map<CaseState, Long> openByState, long open, long closed, long notSelected,
			long openedInPeriod, long closedInPeriod, ComplianceJson last30Days, ComplianceJson last90Days) {

		static RowJson of(Dashboards.UnitRow r) {
			return new RowJson(new UnitJson(r.unit().code(), r.unit().name()), r.states(), r.open(), r.closed(),
					r.notSelected(), r.openedInPeriod(), r.closedInPeriod(), ComplianceJson.of(r.last30()),
					ComplianceJson.of(r.last90()));
		}
	}

	record StepJson(Step step, ComplianceJson last30Days, ComplianceJson last90Days) {
	}

	record UnitDashboardJson(UnitJson unit, LocalDate today, int days, List<RowJson> rows, RowJson total,
			List<StepJson> steps, List<VisitJson> visits, VisitJson visitTotal) {
	}

	/** Outreach visits this month against the monthly targets. */
	record VisitJson(UnitJson unit, long householdsVisited, int monthlyTarget, int percent) {

		static VisitJson of(kr.dolbom.report.internal.Dashboards.VisitRow v) {
			return new VisitJson(new UnitJson(v.unit().code(), v.unit().name()), v.householdsVisited(), v.monthlyTarget(),
					v.percent());
		}
	}

	@GetMapping("/units")
	@Operation(summary = "Per unit below the given one (default: the caller's own): open cases by state, cases opened "
			+ "and closed in the last 30 or 90 days, deadline compliance per step in the last 30 and 90 days, outreach visits "
			+ "this month against the monthly targets")
	UnitDashboardJson units(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "30") int days) {
		var d = dashboards.units(unit, days);
		return new UnitDashboardJson(new UnitJson(d.unit().code(), d.unit().name()), d.today(), d.days(),
				d.rows().stream().map(RowJson::of).toList(), RowJson.of(d.total()),
				d.steps().stream().map(s -> new StepJson(s.step(), ComplianceJson.of(s.last30()), ComplianceJson.of(s.last90())))
						.toList(),
				d.visits().stream().map(VisitJson::of).toList(), VisitJson.of(d.visitTotal()));
	}

	record WorkerJson(String userId, String name, long openCases, long overdue, Map<Step, Long> overdueBySteps) {
	}

	record TeamDashboardJson(String teamId, String teamName, List<UnitJson> offices, LocalDate today,
			Map<CaseState, Long> openByState, long open, long closed, long notSelected, long overdue,
			Map<Step, Long> overdueBySteps, List<WorkerJson> workers) {
	}

	@GetMapping("/team")
	@Operation(summary = "The team lead's dashboard: the team's cases by state and its overdue work by step and worker")
	TeamDashboardJson team() {
		var d = dashboards.team();
		return new TeamDashboardJson(d.team().id().toString(), d.team().name(),
				d.offices().stream().map(u -> new UnitJson(u.code(), u.name())).toList(), d.today(), d.states(), d.open(),
				d.closed(), d.notSelected(), d.overdue(), new LinkedHashMap<>(d.overdueTotals()),
				d.workers().stream().map(w -> new WorkerJson(w.userId() == null ? null : w.userId().toString(), w.name(),
						w.openCases(), w.overdue(), w.overdueBySteps())).toList());
	}
}
