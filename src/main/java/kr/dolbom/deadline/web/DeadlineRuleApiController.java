package kr.dolbom.deadline.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.deadline.internal.DeadlineRuleService;
import kr.dolbom.deadline.internal.rules.DeadlineRule;
import kr.dolbom.deadline.internal.rules.RuleTerm;
import kr.dolbom.shared.NotFoundException;

/** Deadline rules as configuration: read by staff, versioned by the administrator. */
@RestController
@RequestMapping("/api/v1/deadline-rules")
@Tag(name = "Deadline rules")
class DeadlineRuleApiController {

	private final DeadlineRuleService rules;

	DeadlineRuleApiController(DeadlineRuleService rules) {
		this.rules = rules;
	}

	record TermJson(int amount, PeriodUnit unit, AnchorEvent anchor) {

		static TermJson of(RuleTerm term) {
			return term == null ? null : new TermJson(term.amount(), term.unit(), term.anchor());
		}
	}

	record RuleJson(UUID id, Step step, StepVariant variant, int version, int amount, PeriodUnit unit, AnchorEvent anchor,
			TermJson cap, LocalDate effectiveFrom, String note, OffsetDateTime createdAt, String createdBy) {

		static RuleJson of(DeadlineRule r) {
			return r == null ? null : new RuleJson(r.id(), r.step(), r.variant(), r.version(), r.term().amount(),
					r.term().unit(), r.term().anchor(), TermJson.of(r.cap()), r.effectiveFrom(), r.note(), r.createdAt(),
					r.createdBy());
		}
	}

	record SummaryJson(Step step, StepVariant variant, RuleJson current, RuleJson scheduled, int latestVersion) {

		static SummaryJson of(DeadlineRuleService.RuleSummary s) {
			return new SummaryJson(s.step(), s.variant(), RuleJson.of(s.current()), RuleJson.of(s.scheduled()),
					s.latestVersion());
		}
	}

	record DetailJson(SummaryJson rule, List<RuleJson> versions) {
	}

	record NewVersionBody(Integer amount, PeriodUnit unit, Integer capAmount, PeriodUnit capUnit, LocalDate effectiveFrom,
			String note, Integer basedOnVersion) {
	}

	@GetMapping
	@Operation(summary = "Every rule with the version in force today and any scheduled version")
	List<SummaryJson> list() {
		return rules.overview().stream().map(SummaryJson::of).toList();
	}

	@GetMapping("/{step}/{variant}")
	@Operation(summary = "A rule with all its versions, newest first")
	DetailJson detail(@PathVariable String step, @PathVariable String variant) {
		var s = parse(Step.class, step);
		var v = parse(StepVariant.class, variant);
		return new DetailJson(SummaryJson.of(rules.summary(s, v)), rules.history(s, v).stream().map(RuleJson::of).toList());
	}

	@PostMapping("/{step}/{variant}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a version (administrator); applies to deadlines anchored on or after effectiveFrom; 409 stale-version unless basedOnVersion is the latest")
	RuleJson addVersion(@PathVariable String step, @PathVariable String variant, @RequestBody NewVersionBody body) {
		return RuleJson.of(rules.addVersion(parse(Step.class, step), parse(StepVariant.class, variant),
				new DeadlineRuleService.NewVersion(body.amount(), body.unit(), body.capAmount(), body.capUnit(),
						body.effectiveFrom(), body.note(), body.basedOnVersion())));
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value)).findFirst()
				.orElseThrow(() -> new NotFoundException("deadline-rule", value));
	}
}
