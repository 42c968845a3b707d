package kr.dolbom.casework.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.dolbom.shared.DomainRuleViolation;

/**
 * 서비스 제공계획 (domain.md §4.7): short-term (3–6 months) and long-term (≥ 6 months) goals per need
 * domain and the services with provider, content, frequency and period. Drafted by the case
 * manager, submitted, approved or rejected by the team lead, then consented by provider and client.
 * Any change is a new plan that needs consent again. Service-link households get a simplified plan:
 * services only.
 */
public final class ServicePlan {

	public enum Status {
		DRAFT, SUBMITTED, APPROVED, REJECTED
	}

	public enum Term {
		SHORT, LONG
	}

	public record Goal(String domainCode, Term term, String text) {
	}

	public record Service(String provider, String content, String frequency, LocalDate from, LocalDate to,
			UUID resourceServiceId) {
	}

	private final UUID id;
	private final UUID caseId;
	private final boolean simplified;
	private Status status;
	private List<Goal> goals;
	private List<Service> services;
	private String rejectionReason;
	private LocalDate clientSignedOn;
	private LocalDate providerConsentOn;
	private final UUID supersedes;
	private final int version;

	public ServicePlan(UUID id, UUID caseId, boolean simplified, Status status, List<Goal> goals, List<Service> services,
			String rejectionReason, LocalDate clientSignedOn, LocalDate providerConsentOn, UUID supersedes, int version) {
		this.id = id;
		this.caseId = caseId;
		this.simplified = simplified;
		this.status = status;
		this.goals = List.copyOf(goals);
		this.services = List.copyOf(services);
		this.rejectionReason = rejectionReason;
		this.clientSignedOn = clientSignedOn;
		this.providerConsentOn = providerConsentOn;
		this.supersedes = supersedes;
		this.version = version;
	}

	public void revise(List<Goal> goals, List<Service> services) {
		if (status != Status.DRAFT && status != Status.REJECTED) {
			throw new DomainRuleViolation("plan-not-editable");
		}
		this.goals = List.copyOf(goals);
		this.services = List.copyOf(services);
		this.status = Status.DRAFT;
		this.rejectionReason = null;
	}

	public void submit() {
		if (status != Status.DRAFT) {
			throw new DomainRuleViolation("plan-not-draft");
		}
		status = Status.SUBMITTED;
	}

	public void approve() {
		if (status != Status.SUBMITTED) {
			throw new DomainRuleViolation("plan-not-submitted");
		}
		status = Status.APPROVED;
	}

	public void reject(String reason) {
		if (status != Status.SUBMITTED) {
			throw new DomainRuleViolation("plan-not-submitted");
		}
		status = Status.REJECTED;
		rejectionReason = reason;
	}

	/** Provider consent (by phone, recorded) and the client's signature on the printed plan. */
	public void consent(LocalDate clientSignedOn, LocalDate providerConsentOn) {
		if (status != Status.APPROVED) {
			throw new DomainRuleViolation("plan-not-approved");
		}
		if (consented()) {
			throw new DomainRuleViolation("plan-already-consented");
		}
		this.clientSignedOn = clientSignedOn;
		this.providerConsentOn = providerConsentOn;
	}

	public boolean consented() {
		return clientSignedOn != null && providerConsentOn != null;
	}

	public boolean active() {
		return status == Status.APPROVED && consented();
	}

	public LocalDate firstServiceOn() {
		return services.stream().map(Service::from).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
	}

	public LocalDate lastServiceOn() {
		return services.stream().map(Service::to).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public boolean simplified() {
		return simplified;
	}

	public Status status() {
		return status;
	}

	public List<Goal> goals() {
		return goals;
	}

	public List<Service> services() {
		return services;
	}

	public String rejectionReason() {
		return rejectionReason;
	}

	public LocalDate clientSignedOn() {
		return clientSignedOn;
	}

	public LocalDate providerConsentOn() {
		return providerConsentOn;
	}

	public UUID supersedes() {
		return supersedes;
	}

	public int version() {
		return version;
	}
}
