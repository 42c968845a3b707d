package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.domain.CaseFile;
import kr.dolbom.people.PersonId;
import kr.dolbom.resource.LinkableCases;
import kr.dolbom.resource.LinkageAccepted;
import kr.dolbom.resource.LinkageCompleted;
import kr.dolbom.resource.LinkageRejected;
import kr.dolbom.resource.LinkageRequested;
import kr.dolbom.resource.ResourceDirectory;
import kr.dolbom.resource.ServiceId;

/**
 * Cases as the resource module sees them (issue 6: linkage requests from a case), and the case's
 * side of a linkage: each step of it goes into the case history, and for a service-link household
 * the request is the linkage the deadline waits for (domain.md §5).
 */
@Component
class CaseResourceLinks implements LinkableCases {

	private final CaseRepository cases;
	private final CaseDeadlines deadlines;
	private final ResourceDirectory directory;
	private final CaseGuard guard;
	private final Clock clock;

	CaseResourceLinks(CaseRepository cases, CaseDeadlines deadlines, ResourceDirectory directory, CaseGuard guard,
			Clock clock) {
		this.cases = cases;
		this.deadlines = deadlines;
		this.directory = directory;
		this.guard = guard;
		this.clock = clock;
	}

	@Override
	public Optional<LinkableCase> find(UUID caseId) {
		// a closed, not-selected or transferred case takes no new services: it is read-only
		return cases.find(new CaseId(caseId)).filter(c -> !c.state().terminal())
				.map(c -> new LinkableCase(c.id().value(), new PersonId(c.personId()), c.officeCode()));
	}

	@ApplicationModuleListener
	void on(LinkageRequested requested) {
		ofCase(requested.caseId()).ifPresent(c -> {
			guard.history(c, "RESOURCE_LINK", "복지자원 연계 요청: " + serviceName(requested.service()));
			deadlines.linkageRequested(c, requested.at().atZoneSameInstant(clock.getZone()).toLocalDate());
		});
	}

	@ApplicationModuleListener
	void on(LinkageAccepted accepted) {
		ofCase(accepted.caseId()).ifPresent(c -> guard.history(c, "RESOURCE_LINK_ACCEPTED",
				"제공기관 수락 (서비스 시작): " + serviceName(accepted.service())));
	}

	@ApplicationModuleListener
	void on(LinkageCompleted completed) {
		ofCase(completed.caseId()).ifPresent(c -> guard.history(c, "RESOURCE_LINK_COMPLETED",
				"서비스 제공 완료: " + serviceName(completed.service())));
	}

	@ApplicationModuleListener
	void on(LinkageRejected rejected) {
		ofCase(rejected.caseId()).ifPresent(c -> guard.history(c, "RESOURCE_LINK_REJECTED",
				"제공기관 거절: " + serviceName(rejected.service()) + " · " + rejected.reason()));
	}

	private Optional<CaseFile> ofCase(UUID caseId) {
		return caseId == null ? Optional.empty() : cases.find(new CaseId(caseId));
	}

	private String serviceName(ServiceId id) {
		return directory.service(id).map(s -> s.serviceName() + " (" + s.providerName() + ")").orElse(id.value().toString());
	}
}
