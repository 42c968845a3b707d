package kr.dolbom.casework.domain;

import java.time.LocalDate;
import java.util.UUID;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.CaseType;
import kr.dolbom.casework.MainAgency;
import kr.dolbom.casework.Selection;
import kr.dolbom.shared.DomainRuleViolation;

/**
 * A case (통합사례관리 사례) and its lifecycle, readable in one place: every transition is a method
 * that refuses an illegal state with the code of the rule it breaks (409 in the API). Free of Spring
 * and SQL; the repository maps it.
 */
public final class CaseFile {

	private final CaseId id;
	private final UUID personId;
	private final UUID householdId;
	private final UUID consultationId;
	private final String officeCode;
	private final String districtCode;
	private final LocalDate requestedOn;
	private final LocalDate openedOn;
	private CaseState state;
	private Selection selection;
	private CaseType caseType;
	private String selectionReason;
	private LocalDate selectedOn;
	private UUID assignee;
	private MainAgency mainAgency;
	private boolean lacksLocalResources;
	private UUID activePlanId;
	private LocalDate firstServiceOn;
	private LocalDate closedOn;
	private CaseState stateBeforeClosing;
	private final UUID transferredFrom;
	private UUID transferredTo;
	private final int version;

	public CaseFile(CaseId id, UUID personId, UUID householdId, UUID consultationId, String officeCode,
			String districtCode, LocalDate requestedOn, LocalDate openedOn, CaseState state, Selection selection,
			CaseType caseType, String selectionReason, LocalDate selectedOn, UUID assignee, MainAgency mainAgency,
			boolean lacksLocalResources, UUID activePlanId, LocalDate firstServiceOn, LocalDate closedOn,
			CaseState stateBeforeClosing, UUID transferredFrom, UUID transferredTo, int version) {
		this.id = id;
		this.personId = personId;
		this.householdId = householdId;
		this.consultationId = consultationId;
		this.officeCode = officeCode;
		this.districtCode = districtCode;
		this.requestedOn = requestedOn;
		this.openedOn = openedOn;
		this.state = state;
		this.selection = selection;
		this.caseType = caseType;
		this.selectionReason = selectionReason;
		this.selectedOn = selectedOn;
		this.assignee = assignee;
		this.mainAgency = mainAgency;
		this.lacksLocalResources = lacksLocalResources;
		this.activePlanId = activePlanId;
		this.firstServiceOn = firstServiceOn;
		this.closedOn = closedOn;
		this.stateBeforeClosing = stateBeforeClosing;
		this.transferredFrom = transferredFrom;
		this.transferredTo = transferredTo;
		this.version = version;
	}

	/**
	 * manual 1-2 ④ 접수: immediately when case management is requested, with the signed consent
	 * (checked by the caller); the team lead then assigns the main case manager.
	 */
	public static CaseFile intake(CaseId id, UUID personId, UUID householdId, UUID consultationId, String officeCode,
			String districtCode, LocalDate requestedOn, LocalDate openedOn) {
		if (requestedOn.isAfter(openedOn)) {
			throw new DomainRuleViolation("requested-after-intake");
		}
		return new CaseFile(id, personId, householdId, consultationId, officeCode, districtCode, requestedOn, openedOn,
				CaseState.RECEIVED, null, null, null, null, null, MainAgency.OFFICE, false, null, null, null, null, null,
				null, 0);
	}

	private void require(boolean condition, String rule) {
		if (!condition) {
			throw new DomainRuleViolation(rule);
		}
	}

	private void requireOpen() {
		require(!state.terminal(), "case-" + state.name().toLowerCase().replace('_', '-'));
	}

	public void assign(UUID caseManager) {
		requireOpen();
		this.assignee = caseManager;
	}

	/** domain.md §4.4: the first assessment moves RECEIVED → ASSESSED; later ones are re-assessments. */
	public void assessed() {
		requireOpen();
		if (state == CaseState.RECEIVED) {
			state = CaseState.ASSESSED;
		}
	}

	/**
	 * domain.md §4.6: decided at a case meeting that covers the case, after the assessment; a
	 * case-management household gets a case type, a not-selected household a reason (and a written
	 * notice).
	 */
	public void select(Selection decision, CaseType type, String reason, boolean meetingCoversCase, LocalDate on) {
		require(state == CaseState.ASSESSED, state == CaseState.RECEIVED ? "assessment-required" : "already-selected");
		require(meetingCoversCase, "meeting-required");
		this.selection = decision;
		this.selectedOn = on;
		this.selectionReason = reason;
		switch (decision) {
			case CASE_MANAGEMENT -> {
				this.caseType = type;
				this.state = CaseState.SELECTED;
			}
			case SERVICE_LINK -> {
				this.caseType = null;
				this.state = CaseState.SELECTED;
			}
			case NOT_SELECTED -> {
				this.caseType = null;
				this.state = CaseState.NOT_SELECTED;
			}
		}
	}

	/** A plan may be drafted once the household is selected, and revised while services run. */
	public void requirePlanAllowed() {
		require(state == CaseState.SELECTED || state == CaseState.PLANNED || state == CaseState.IN_SERVICE,
				"plan-not-allowed-in-" + state.name().toLowerCase().replace('_', '-'));
	}

	/** domain.md §4.7: an approved plan the client and provider consented to moves SELECTED → PLANNED. */
	public void planActivated(UUID planId, LocalDate firstServiceOn) {
		requirePlanAllowed();
		this.activePlanId = planId;
		if (this.firstServiceOn == null || (firstServiceOn != null && firstServiceOn.isBefore(this.firstServiceOn))) {
			this.firstServiceOn = firstServiceOn;
		}
		if (state == CaseState.SELECTED) {
			state = CaseState.PLANNED;
		}
	}

	/** api.md: the first service check moves PLANNED → IN_SERVICE. */
	public void checked() {
		require(state == CaseState.PLANNED || state == CaseState.IN_SERVICE, "check-requires-plan");
		if (state == CaseState.PLANNED) {
			state = CaseState.IN_SERVICE;
		}
	}

	/** domain.md §4.9: the closure procedure; the case waits for the team lead's approval. */
	public void requestClosure() {
		require(state == CaseState.SELECTED || state == CaseState.PLANNED || state == CaseState.IN_SERVICE,
				state == CaseState.CLOSING ? "closure-already-requested" : "closure-not-allowed");
		stateBeforeClosing = state;
		state = CaseState.CLOSING;
	}

	public void approveClosure(LocalDate on) {
		require(state == CaseState.CLOSING, "closure-not-requested");
		state = CaseState.CLOSED;
		closedOn = on;
	}

	public void rejectClosure() {
		require(state == CaseState.CLOSING, "closure-not-requested");
		state = stateBeforeClosing == null ? CaseState.IN_SERVICE : stateBeforeClosing;
		stateBeforeClosing = null;
	}

	/** domain.md §4.4: a difficult case may be handed to the 시군구 희망복지지원단 as main agency. */
	public void escalateToDistrict() {
		requireOpen();
		require(mainAgency == MainAgency.OFFICE, "already-district");
		mainAgency = MainAgency.DISTRICT;
		assignee = null;
	}

	public void markLacksLocalResources(boolean value) {
		requireOpen();
		this.lacksLocalResources = value;
	}

	/** The old office keeps a read-only record; the receiving office continues the case. */
	public void transferredTo(UUID successor) {
		requireOpen();
		require(state != CaseState.CLOSING, "case-closing");
		this.transferredTo = successor;
		this.state = CaseState.TRANSFERRED;
	}

	/** The receiving office's case: same state and history, a new office, no case manager yet. */
	public CaseFile successorAt(CaseId newId, String newOffice, String newDistrict) {
		return new CaseFile(newId, personId, householdId, consultationId, newOffice, newDistrict, requestedOn, openedOn,
				state, selection, caseType, selectionReason, selectedOn, null, MainAgency.OFFICE, lacksLocalResources,
				activePlanId, firstServiceOn, closedOn, stateBeforeClosing, id.value(), null, 0);
	}

	public CaseId id() {
		return id;
	}

	public UUID personId() {
		return personId;
	}

	public UUID householdId() {
		return householdId;
	}

	public UUID consultationId() {
		return consultationId;
	}

	public String officeCode() {
		return officeCode;
	}

	public String districtCode() {
		return districtCode;
	}

	public LocalDate requestedOn() {
		return requestedOn;
	}

	public LocalDate openedOn() {
		return openedOn;
	}

	public CaseState state() {
		return state;
	}

	public Selection selection() {
		return selection;
	}

	public CaseType caseType() {
		return caseType;
	}

	public String selectionReason() {
		return selectionReason;
	}

	public LocalDate selectedOn() {
		return selectedOn;
	}

	public UUID assignee() {
		return assignee;
	}

	public MainAgency mainAgency() {
		return mainAgency;
	}

	public boolean lacksLocalResources() {
		return lacksLocalResources;
	}

	public UUID activePlanId() {
		return activePlanId;
	}

	public LocalDate firstServiceOn() {
		return firstServiceOn;
	}

	public LocalDate closedOn() {
		return closedOn;
	}

	public CaseState stateBeforeClosing() {
		return stateBeforeClosing;
	}

	public UUID transferredFrom() {
		return transferredFrom;
	}

	public UUID transferredTo() {
		return transferredTo;
	}

	public int version() {
		return version;
	}
}
