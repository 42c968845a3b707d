package kr.dolbom.discovery.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.TargetId;
import kr.dolbom.discovery.TargetStatus;
import kr.dolbom.discovery.TargetSummary;
import kr.dolbom.discovery.internal.TargetService;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

/** api.md "Discovery": the office's targets and their results; non-target release (extension). */
@RestController
@RequestMapping("/api/v1/discovery")
@Tag(name = "Discovery")
class TargetApiController {

	private final TargetService targets;

	TargetApiController(TargetService targets) {
		this.targets = targets;
	}

	record TargetJson(String id, String roundId, String round, String personId, String name, String officeCode,
			int score, Integer rank, String selection, TargetStatus status, String result, String reasonCode,
			LocalDate distributedOn, LocalDate processedOn) {

		static TargetJson of(TargetSummary t) {
			return new TargetJson(t.id().toString(), t.roundId().toString(), t.roundLabel(),
					t.personId() == null ? null : t.personId().toString(), t.name(), t.officeCode(), t.score(), t.rank(),
					t.selection(), t.status(), t.result() == null ? null : t.result().name(), t.reasonCode(),
					t.distributedOn(), t.processedOn());
		}
	}

	record IndicatorJson(String member, boolean representative, String code, String name, LocalDate observedOn,
			Long amount, int points) {
	}

	record DetailJson(String id, String roundId, String round, String personId, String name, String rrnMasked,
			String officeCode, int score, Integer rank, String selection, TargetStatus status, String result,
			String supportRoute, String reasonCode, String contactMethod, String note, LocalDate distributedOn,
			LocalDate processedOn, LocalDate closedOn, String additionalOf, String additionalTargetId, int version,
			List<IndicatorJson> indicators, List<TargetService.NonTargetView> nonTargets,
			List<TargetService.AlertView> alerts) {

		static DetailJson of(TargetService.TargetDetail d) {
			var t = d.summary();
			return new DetailJson(t.id().toString(), t.roundId().toString(), t.roundLabel(),
					t.personId() == null ? null : t.personId().toString(), t.name(), d.rrnMasked(), t.officeCode(),
					t.score(), t.rank(), t.selection(), t.status(), t.result() == null ? null : t.result().name(),
					d.supportRoute(), t.reasonCode(), d.contactMethod(), d.note(), t.distributedOn(), t.processedOn(),
					d.closedOn(), d.additionalOf() == null ? null : d.additionalOf().toString(),
					d.additionalId() == null ? null : d.additionalId().toString(), d.version(),
					d.explanation().stream().map(e -> new IndicatorJson(e.memberName(), e.representative(),
							e.indicatorCode(), e.indicatorName(), e.observedOn(), e.amount(), e.points())).toList(),
					d.nonTargets(), d.alerts());
		}
	}

	record ResultBody(String result, String contactMethod, String reasonCode, String supportRoute, String note,
			String addressLine, String phone, TargetService.AdditionalPerson additionalPerson, Integer version) {
	}

	record OutcomeJson(DetailJson target, String additionalTargetId, String next) {
	}

	record ReleaseBody(String reason, Integer version) {
	}

	@GetMapping("/targets")
	PageResult<TargetJson> list(@RequestParam(required = false) UUID round,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return targets.list(round == null ? null : new RoundId(round), status(status), Paging.of(page, size))
				.map(TargetJson::of);
	}

	static TargetStatus status(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return TargetStatus.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw ValidationFailed.of("status", "discovery.target.status");
		}
	}

	@GetMapping("/targets/{id}")
	DetailJson get(@PathVariable UUID id) {
		return DetailJson.of(targets.get(new TargetId(id)));
	}

	@PostMapping("/targets/{id}/result")
	OutcomeJson result(@PathVariable UUID id, @RequestBody ResultBody body) {
		var outcome = targets.registerResult(new TargetId(id),
				new TargetService.ResultCommand(body.result(), body.contactMethod(), body.reasonCode(),
						body.supportRoute(), body.note(), body.addressLine(), body.phone(), body.additionalPerson(),
						body.version()));
		return new OutcomeJson(DetailJson.of(outcome.target()),
				outcome.additionalTarget() == null ? null : outcome.additionalTarget().toString(), outcome.next());
	}

	@PostMapping("/non-targets/{id}/release")
	DetailJson release(@PathVariable UUID id, @RequestBody ReleaseBody body) {
		return DetailJson.of(targets.release(id, body.reason(), body.version()));
	}

	@PostMapping("/non-targets/{id}/cancel-release")
	DetailJson cancelRelease(@PathVariable UUID id, @RequestBody(required = false) ReleaseBody body) {
		return DetailJson.of(targets.cancelRelease(id, body == null ? null : body.version()));
	}
}
