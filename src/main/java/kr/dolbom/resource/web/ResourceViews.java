package kr.dolbom.resource.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.resource.HouseholdType;
import kr.dolbom.resource.LifeStage;
import kr.dolbom.resource.LinkageStatus;
import kr.dolbom.resource.ProviderStatus;
import kr.dolbom.resource.ProviderType;
import kr.dolbom.resource.ServiceStatus;
import kr.dolbom.resource.TargetCharacteristic;
import kr.dolbom.resource.internal.DirectorySearch;
import kr.dolbom.resource.internal.Eligibility;
import kr.dolbom.resource.internal.HistoryEntry;
import kr.dolbom.resource.internal.LinkageService;
import kr.dolbom.resource.internal.ProviderRecord;
import kr.dolbom.resource.internal.ProviderService;
import kr.dolbom.resource.internal.ServiceRecord;

/** JSON bodies of the resource API (api.md "Resources", extended). */
final class ResourceViews {

	private ResourceViews() {
	}

	record EligibilityBody(Set<LifeStage> lifeStages, Set<TargetCharacteristic> targets,
			Set<DisabilityType> disabilityTypes, Set<DisabilityGrade> disabilityGrades,
			Set<HouseholdType> householdTypes, Set<IncomeClass> incomeClasses) {

		Eligibility toEligibility() {
			return new Eligibility(lifeStages, targets, disabilityTypes, disabilityGrades, householdTypes,
					incomeClasses);
		}

		static EligibilityBody of(Eligibility e) {
			return new EligibilityBody(e.lifeStages(), e.targets(), e.disabilityTypes(), e.disabilityGrades(),
					e.householdTypes(), e.incomeClasses());
		}
	}

	record ProviderView(String id, String name, String businessNumber, String phone, String address,
			String orgUnitCode, String districtCode, ProviderType type, String description, String contactName,
			String contactMobile, ProviderStatus status, String statusReason, String source, String sourceSystem,
			String mergedInto, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime verifiedAt,
			int version) {

		static ProviderView of(ProviderRecord p) {
			return new ProviderView(p.id().toString(), p.name(), p.businessNumber(), p.phone(), p.address(),
					p.orgUnitCode(), p.districtCode(), p.type(), p.description(), p.contactName(), p.contactMobile(),
					p.status(), p.statusReason(), p.source().name(), p.sourceSystem(),
					p.mergedInto() == null ? null : p.mergedInto().toString(), p.createdAt(), p.updatedAt(),
					p.verifiedAt(), p.version());
		}
	}

	record ServiceView(String id, String providerId, String nameCode, String name, String category,
			String categoryName, String description, Integer capacity, LocalDate from, LocalDate to,
			String contactMobile, ServiceStatus status, String statusReason, EligibilityBody eligibility, int version) {

		static ServiceView of(ServiceRecord s) {
			return new ServiceView(s.id().toString(), s.providerId().toString(), s.nameCode(), s.name(),
					s.categoryCode(), s.categoryName(), s.description(), s.capacity(), s.startsOn(), s.endsOn(),
					s.contactMobile(), s.status(), s.statusReason(), EligibilityBody.of(s.eligibility()), s.version());
		}
	}

	record HistoryView(String action, String serviceId, String fromStatus, String toStatus, String reason,
			String relatedId, String changedBy, OffsetDateTime changedAt) {

		static HistoryView of(HistoryEntry h) {
			return new HistoryView(h.action().name(), h.serviceId() == null ? null : h.serviceId().toString(),
					h.fromStatus(), h.toStatus(), h.reason(), h.relatedId() == null ? null : h.relatedId().toString(),
					h.changedBy() == null ? null : h.changedBy().toString(), h.changedAt());
		}
	}

	record ProviderDetail(ProviderView provider, List<ServiceView> services, List<HistoryView> history) {

		static ProviderDetail of(ProviderService.ProviderView view) {
			return new ProviderDetail(ProviderView.of(view.provider()),
					view.services().stream().map(ServiceView::of).toList(),
					view.history().stream().map(HistoryView::of).toList());
		}
	}

	/** A node of the search tree: the provider (folder) and its services (files). */
	record ProviderNode(String id, String name, ProviderStatus status, ProviderType type, String phone,
			String address, String orgUnitCode, String regionName, String source, List<ServiceView> services) {

		static ProviderNode of(DirectorySearch.ProviderNode node) {
			var p = node.provider();
			return new ProviderNode(p.id().toString(), p.name(), p.status(), p.type(), p.phone(), p.address(),
					p.orgUnitCode(), node.regionName(), p.source().name(),
					node.services().stream().map(ServiceView::of).toList());
		}
	}

	record EligibleServiceView(ServiceView service, String providerId, String providerName, String providerPhone,
			String result, List<String> toCheck, long openLinkages) {

		static EligibleServiceView of(DirectorySearch.EligibleService e) {
			return new EligibleServiceView(ServiceView.of(e.service()), e.provider().id().toString(),
					e.provider().name(), e.provider().phone(), e.assessment().result().name(),
					e.assessment().toCheck().stream().map(Enum::name).sorted().toList(), e.openLinkages());
		}
	}

	record ProfileView(String personId, int age, LifeStage lifeStage, Set<HouseholdType> householdTypes,
			IncomeClass incomeClass, Set<TargetCharacteristic> targets) {
	}

	record EligibleView(ProfileView person, List<EligibleServiceView> services) {

		static EligibleView of(DirectorySearch.EligibleServices result) {
			var p = result.profile();
			return new EligibleView(new ProfileView(result.person().id().toString(), p.age(), p.lifeStage(),
					p.householdTypes(), p.incomeClass(), p.targets()),
					result.services().stream().map(EligibleServiceView::of).toList());
		}
	}

	record LinkageView(String id, String serviceId, String serviceName, String providerId, String providerName,
			String personId, String personName, String caseId, String officeCode, String note, LinkageStatus status,
			String reason, OffsetDateTime requestedAt, OffsetDateTime acceptedAt, OffsetDateTime completedAt,
			OffsetDateTime rejectedAt, int version) {

		static LinkageView of(LinkageService.LinkageView v) {
			var l = v.linkage();
			return new LinkageView(l.id().toString(), l.serviceId().toString(), v.service().name(),
					l.providerId().toString(), v.provider().name(), l.personId().toString(), v.person().name(),
					l.caseId() == null ? null : l.caseId().toString(), l.officeCode(), l.note(), l.status(), l.reason(),
					l.requestedAt(), l.acceptedAt(), l.completedAt(), l.rejectedAt(), l.version());
		}

		static LinkageView of(LinkageService.LinkageLine line) {
			var l = line.linkage();
			return new LinkageView(l.id().toString(), l.serviceId().toString(), line.serviceName(),
					l.providerId().toString(), line.providerName(), l.personId().toString(), line.personName(),
					l.caseId() == null ? null : l.caseId().toString(), l.officeCode(), l.note(), l.status(), l.reason(),
					l.requestedAt(), l.acceptedAt(), l.completedAt(), l.rejectedAt(), l.version());
		}
	}
}
