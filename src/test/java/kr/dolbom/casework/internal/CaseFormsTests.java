package kr.dolbom.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.dolbom.casework.domain.ServicePlan;

/** Which plan the service plan sheet prints. */
class CaseFormsTests {

	private static ServicePlan plan(ServicePlan.Status status, LocalDate signed) {
		return new ServicePlan(UUID.randomUUID(), UUID.randomUUID(), false, status, List.of(), List.of(), null, signed,
				signed, null, 0);
	}

	@Test
	void theSheetToSignIsTheApprovedPlanWaitingForTheClientsSignature() {
		// manual 1-2 ④ ⑦: the client signs the printed plan; a changed plan needs the signature again
		var active = plan(ServicePlan.Status.APPROVED, LocalDate.of(2026, 3, 2));
		var waiting = plan(ServicePlan.Status.APPROVED, null);
		assertThat(CaseForms.chooseForSignature(List.of(waiting, active))).contains(waiting);
	}

	@Test
	void withoutAPlanWaitingForSignatureTheActivePlanIsPrintedElseTheNewest() {
		var active = plan(ServicePlan.Status.APPROVED, LocalDate.of(2026, 3, 2));
		var draft = plan(ServicePlan.Status.DRAFT, null);
		assertThat(CaseForms.chooseForSignature(List.of(draft, active))).contains(active);
		assertThat(CaseForms.chooseForSignature(List.of(draft))).contains(draft);
		assertThat(CaseForms.chooseForSignature(List.of())).isEmpty();
	}
}
