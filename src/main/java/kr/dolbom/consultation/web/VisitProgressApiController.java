package kr.dolbom.consultation.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.consultation.internal.VisitProgressService;
import kr.dolbom.org.Role;

@RestController
@RequestMapping("/api/v1/outreach")
@Tag(name = "Outreach visits")
class VisitProgressApiController {

	private final VisitProgressService progress;
	private final Clock clock;

	VisitProgressApiController(VisitProgressService progress, Clock clock) {
		this.progress = progress;
		this.clock = clock;
	}

	record TargetBody(Role role, Integer target) {
	}

	record PersonView(String userId, String name, Role role, int target, long visited, int percent) {
	}

	record ProgressView(String officeCode, String officeName, String month, long householdsVisited, int target,
			int percent, List<PersonView> people) {
	}

	@GetMapping("/progress")
	@Operation(summary = "Households visited this month against the monthly targets, per visiting colleague and for "
			+ "the office (month defaults to this month)")
	ProgressView progress(@RequestParam String office, @RequestParam(required = false) String month) {
		var m = month == null || month.isBlank() ? YearMonth.now(clock) : VisitTargetApiController.month(month, clock);
		var p = progress.progress(office, m);
		return new ProgressView(p.officeCode(), p.officeName(), p.month().toString(), p.householdsVisited(), p.target(),
				p.percent(), p.people().stream().map(x -> new PersonView(x.userId().toString(), x.name(), x.role(),
						x.target(), x.visited(), x.percent())).toList());
	}

	@GetMapping("/monthly-targets")
	@Operation(summary = "Monthly visit targets per role in force in a 시군구 (recommended: 읍면동장 5, 팀장 10, 사회복지 15, 간호사 20)")
	Map<Role, Integer> targets(@RequestParam String district) {
		return progress.targetsOf(district);
	}

	@PutMapping("/monthly-targets")
	@Operation(summary = "A 시군구 (희망복지지원단) sets its own monthly target for a role")
	Map<Role, Integer> setTarget(@RequestParam String district, @RequestBody TargetBody body) {
		return progress.setTarget(district, body.role(), body.target());
	}
}
