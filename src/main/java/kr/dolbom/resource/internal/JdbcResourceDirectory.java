package kr.dolbom.resource.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import kr.dolbom.people.PersonId;
import kr.dolbom.resource.LinkageSummary;
import kr.dolbom.resource.ResourceDirectory;
import kr.dolbom.resource.ServiceId;
import kr.dolbom.resource.ServiceSummary;

@Component
class JdbcResourceDirectory implements ResourceDirectory {

	private final JdbcProviders providers;
	private final JdbcLinkages linkages;

	JdbcResourceDirectory(JdbcProviders providers, JdbcLinkages linkages) {
		this.providers = providers;
		this.linkages = linkages;
	}

	@Override
	public Optional<ServiceSummary> service(ServiceId id) {
		return providers.findService(id).flatMap(s -> providers.find(s.providerId())
				.map(p -> new ServiceSummary(s.id(), p.id(), p.name(), s.name(), s.categoryCode(), s.categoryName(),
						p.status(), s.status(), s.startsOn(), s.endsOn())));
	}

	@Override
	public List<LinkageSummary> linkagesOfPerson(PersonId person) {
		return linkages.ofPerson(person).stream().map(this::summary).flatMap(Optional::stream).toList();
	}

	@Override
	public List<LinkageSummary> linkagesOfCase(UUID caseId) {
		return linkages.ofCase(caseId).stream().map(this::summary).flatMap(Optional::stream).toList();
	}

	private Optional<LinkageSummary> summary(LinkageRecord l) {
		return service(l.serviceId()).map(s -> new LinkageSummary(l.id(), s, l.personId(), l.caseId(), l.status(),
				l.reason(), l.requestedAt(), l.acceptedAt(), l.completedAt(), l.rejectedAt()));
	}
}
