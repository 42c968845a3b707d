package kr.dolbom.resource.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.dolbom.resource.LinkageStatus;
import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.shared.DomainRuleViolation;

/**
 * Appendix 7 (3): the resource manager approves or rejects 승인대기 and ends 승인; (1) ①: resources
 * linked from other systems cannot be changed; only approved resources are usable. Domain.md §4.8:
 * the closed loop of a linkage.
 */
class LifecycleTests {

	private static ProviderRecord provider(ProviderStatus status, ProviderRecord.Source source) {
		var now = OffsetDateTime.now();
		return new ProviderRecord(new ProviderId(UUID.randomUUID()), "시험기관", null, "041-000-0000", "공주시", "4415057000",
				"4415000000", ProviderType.PRIVATE, null, null, null, status, null, source, null, null, null, null, null,
				now, now, null, 0);
	}

	private static String rule(Runnable action) {
		try {
			action.run();
		}
		catch (DomainRuleViolation violation) {
			return violation.code();
		}
		return null;
	}

	@Test
	void onlyAPendingProviderIsApprovedOrRejected() {
		assertThat(ProviderLifecycle.approve(provider(ProviderStatus.PENDING, ProviderRecord.Source.LOCAL)))
				.isEqualTo(ProviderStatus.APPROVED);
		assertThat(ProviderLifecycle.reject(provider(ProviderStatus.PENDING, ProviderRecord.Source.LOCAL)))
				.isEqualTo(ProviderStatus.REJECTED);
		for (var status : new ProviderStatus[] { ProviderStatus.APPROVED, ProviderStatus.REJECTED, ProviderStatus.ENDED }) {
			assertThat(rule(() -> ProviderLifecycle.approve(provider(status, ProviderRecord.Source.LOCAL))))
					.isEqualTo("provider-not-pending");
		}
	}

	@Test
	void onlyAnApprovedProviderIsEnded() {
		assertThat(ProviderLifecycle.end(provider(ProviderStatus.APPROVED, ProviderRecord.Source.LOCAL)))
				.isEqualTo(ProviderStatus.ENDED);
		assertThat(rule(() -> ProviderLifecycle.end(provider(ProviderStatus.PENDING, ProviderRecord.Source.LOCAL))))
				.isEqualTo("provider-not-approved");
	}

	@Test
	void anImportedResourceIsReadOnly() {
		var imported = provider(ProviderStatus.APPROVED, ProviderRecord.Source.IMPORTED);
		assertThat(rule(() -> ProviderLifecycle.end(imported))).isEqualTo("imported-read-only");
		assertThat(rule(() -> ProviderLifecycle.requireEditable(imported))).isEqualTo("imported-read-only");
		// but it is usable: it was approved in its own system
		ProviderLifecycle.requireUsable(imported);
	}

	@Test
	void onlyAnApprovedResourceIsUsable() {
		assertThat(rule(() -> ProviderLifecycle.requireUsable(provider(ProviderStatus.PENDING, ProviderRecord.Source.LOCAL))))
				.isEqualTo("resource-not-approved");
		assertThat(rule(() -> ProviderLifecycle.requireUsable(provider(ProviderStatus.ENDED, ProviderRecord.Source.LOCAL))))
				.isEqualTo("resource-not-approved");
	}

	@Test
	void aLinkageGoesRequestedAcceptedCompletedOrIsRejectedWhileOpen() {
		assertThat(LinkageLifecycle.accept(LinkageStatus.REQUESTED)).isEqualTo(LinkageStatus.ACCEPTED);
		assertThat(LinkageLifecycle.complete(LinkageStatus.ACCEPTED)).isEqualTo(LinkageStatus.COMPLETED);
		assertThat(LinkageLifecycle.reject(LinkageStatus.REQUESTED)).isEqualTo(LinkageStatus.REJECTED);
		assertThat(LinkageLifecycle.reject(LinkageStatus.ACCEPTED)).isEqualTo(LinkageStatus.REJECTED);
		assertThatThrownBy(() -> LinkageLifecycle.complete(LinkageStatus.REQUESTED))
				.hasMessage("linkage-not-accepted");
		assertThatThrownBy(() -> LinkageLifecycle.accept(LinkageStatus.ACCEPTED)).hasMessage("linkage-not-requested");
		assertThatThrownBy(() -> LinkageLifecycle.reject(LinkageStatus.COMPLETED)).hasMessage("linkage-closed");
	}

	@Test
	void aProviderIsStaleAfterAYearWithoutChangeOrConfirmation() {
		// appendix 7 (5): 정비권장 대상 — provider data to bring up to date
		var now = OffsetDateTime.now();
		var old = now.minusYears(1).minusDays(1);
		var stale = new ProviderRecord(new ProviderId(UUID.randomUUID()), "가", null, "041-000-0000", "가", "4415057000",
				"4415000000", ProviderType.PUBLIC, null, null, null, ProviderStatus.APPROVED, null,
				ProviderRecord.Source.LOCAL, null, null, null, null, null, old, old, null, 0);
		assertThat(OverhaulRules.stale(stale, now)).isTrue();
		var confirmed = new ProviderRecord(stale.id(), "가", null, "041-000-0000", "가", "4415057000", "4415000000",
				ProviderType.PUBLIC, null, null, null, ProviderStatus.APPROVED, null, ProviderRecord.Source.LOCAL, null,
				null, null, null, null, old, old, now.minusDays(3), 0);
		assertThat(OverhaulRules.stale(confirmed, now)).isFalse();
		assertThat(OverhaulRules.overCapacity(10, 11)).isTrue();
		assertThat(OverhaulRules.overCapacity(10, 10)).isFalse();
		assertThat(OverhaulRules.overCapacity(null, 1000)).isFalse();
	}
}
