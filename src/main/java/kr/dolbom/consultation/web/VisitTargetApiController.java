package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.consultation.internal.OutreachVisit;
import kr.dolbom.consultation.internal.VisitTargetGroup;
import kr.dolbom.consultation.internal.VisitTargetService;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

@RestController
@RequestMapping("/api/v1/outreach")
@Tag(name = "Outreach visits")
class VisitTargetApiController {

	private final VisitTargetService targets;
	private final Clock clock;

	VisitTargetApiController(VisitTargetService targets, Clock clock) {
		this.targets = targets;
		this.clock = clock;
	}

	record VisitTargetView(VisitTargetGroup group, String householdId, String personId, String name, LocalDate birthDate,
			int age, String addressLine, LocalDate dueOn, String note, String visitId, OutreachVisit.Status visitStatus) {

		static VisitTargetView of(VisitTargetService.VisitTarget t) {
			return new VisitTargetView(t.group(), t.householdId().toString(), t.personId().toString(), t.name(),
					t.birthDate(), t.age(), t.addressLine(), t.dueOn(), t.note(),
					t.visitId() == null ? null : t.visitId().toString(), t.visitStatus());
		}
	}

	@GetMapping("/visit-targets")
	@Operation(summary = "Monthly outreach visit targets of an office (manual 1-2 ③): people turning 65 or 70 in the "
			+ "month (from birth dates), birth and child-rearing, high-risk single-person, discharge and crisis "
			+ "households (from household flags); month defaults to next month; outside the scope: 404")
	PageResult<VisitTargetView> list(@RequestParam String office, @RequestParam(required = false) String month,
			@RequestParam(required = false) VisitTargetGroup group, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		var paging = Paging.of(page, size);
		var rows = targets.list(office, month(month, clock), group);
		int from = (int) Math.min(rows.size(), paging.offset());
		int to = Math.min(rows.size(), from + paging.size());
		return new PageResult<>(rows.subList(from, to).stream().map(VisitTargetView::of).toList(), paging.page(),
				paging.size(), rows.size());
	}

	static YearMonth month(String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return YearMonth.now(clock).plusMonths(1);
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw ValidationFailed.of("month", "validation.invalid");
		}
	}
}
