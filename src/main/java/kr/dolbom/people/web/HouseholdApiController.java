package kr.dolbom.people.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.people.internal.PeopleService;
import kr.dolbom.shared.ValidationFailed;

@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "People")
class HouseholdApiController {

	private final PeopleService people;

	HouseholdApiController(PeopleService people) {
		this.people = people;
	}

	record HouseholdView(String id, String officeCode, String addressLine, IncomeClass incomeClass, int version,
			List<PersonView> members) {
	}

	record HouseholdChangeBody(Integer version, PersonApiController.AddressBody address, IncomeClass incomeClass) {
	}

	@GetMapping("/{id}")
	@Operation(summary = "A household with its members (access logged)")
	HouseholdView get(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		var view = people.household(new HouseholdId(id), purpose);
		var h = view.household();
		return new HouseholdView(h.id().toString(), h.officeCode(), h.addressLine(), h.incomeClass(), h.version(),
				view.members().stream().map(PersonView::of).toList());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change the household's address (every member moves with it) or income class")
	HouseholdView update(@PathVariable UUID id, @RequestBody HouseholdChangeBody body) {
		if (body.version() == null) {
			throw ValidationFailed.of("version", "validation.required");
		}
		people.changeHousehold(new HouseholdId(id), body.version(),
				body.address() == null ? null : body.address().toAddress(), body.incomeClass());
		return get(id, "가구 정보 변경 후 조회");
	}
}
