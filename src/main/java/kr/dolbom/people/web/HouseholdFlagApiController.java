package kr.dolbom.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.people.FlaggedHousehold;
import kr.dolbom.people.HouseholdFlag;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.internal.HouseholdFlagService;

@RestController
@RequestMapping("/api/v1/households/{id}/flags")
@Tag(name = "People")
class HouseholdFlagApiController {

	private final HouseholdFlagService flags;

	HouseholdFlagApiController(HouseholdFlagService flags) {
		this.flags = flags;
	}

	record FlagBody(HouseholdFlag flag, LocalDate expectedOn, String note) {
	}

	record FlagView(HouseholdFlag flag, HouseholdFlag.Group group, LocalDate expectedOn, String note) {

		static FlagView of(FlaggedHousehold f) {
			return new FlagView(f.flag(), f.flag().group(), f.expectedOn(), f.note());
		}
	}

	@GetMapping
	@Operation(summary = "The household's outreach flags (돌봄필요, 위기가구, 양육 가구)")
	List<FlagView> get(@PathVariable UUID id) {
		return flags.flags(new HouseholdId(id)).stream().map(FlagView::of).toList();
	}

	@PutMapping
	@Operation(summary = "Replace the household's outreach flags; DISCHARGE_PLANNED needs expectedOn")
	List<FlagView> replace(@PathVariable UUID id, @RequestBody List<FlagBody> body) {
		return flags.replace(new HouseholdId(id), body == null ? List.of()
				: body.stream().map(b -> new HouseholdFlagService.FlagInput(b.flag(), b.expectedOn(), b.note())).toList())
				.stream().map(FlagView::of).toList();
	}
}
