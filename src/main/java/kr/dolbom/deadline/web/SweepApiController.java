package kr.dolbom.deadline.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.deadline.internal.DeadlineSweep;
import kr.dolbom.deadline.internal.DeadlineSweep.SweepResult;

/** Operations: run the daily sweep now (idempotent), e.g. after all nodes were down. */
@RestController
@Tag(name = "Administration")
class SweepApiController {

	private final DeadlineSweep sweep;

	SweepApiController(DeadlineSweep sweep) {
		this.sweep = sweep;
	}

	@PostMapping("/api/v1/admin/deadline-sweep")
	@Operation(summary = "Run the deadline sweep for today now (administrator); a second run the same day changes nothing")
	SweepResult runNow() {
		return sweep.runNow("manual");
	}
}
