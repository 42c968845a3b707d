package kr.dolbom.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.consultation.ConsultationKind;
import kr.dolbom.consultation.ConsultationRoute;
import kr.dolbom.consultation.ConsultationSummary;
import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.DeadlineView;
import kr.dolbom.deadline.Deadlines;
import kr.dolbom.deadline.OpenDeadline;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.deadline.SubjectType;
import kr.dolbom.org.Access;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

/**
 * The comprehensive counselling desk (종합상담, domain.md §3.1, manual 1-2 ①): walk-in → check existing
 * records → privacy notice and consent to record → counselling on welfare and non-welfare topics →
 * internal referral (공적급여 → 복지행정팀; 방문·사례관리 → 찾아가는 보건복지팀) and/or external referral
 * with documents, procedure and contact explained → "타 기관 서비스 필요 시 해당 기관 담당자에게 연계
 * 및 사후확인": every external referral opens a {@link Step#REFERRAL_CHECK} deadline (10 working days,
 * domain.md §5) that stays in the work queue until the follow-up check is recorded.
 */
@Service
public class DeskService {

	public static final int MAX_REFERRALS = 10;

	private final ConsultationService consultations;
	private final JdbcDesk desk;
	private final Deadlines deadlines;
	private final Persons persons;
	private final Access access;
	private final AccessLog accessLog;
	private final Clock clock;

	DeskService(ConsultationService consultations, JdbcDesk desk, Deadlines deadlines, Persons persons, Access access,
			AccessLog accessLog, Clock clock) {
		this.consultations = consultations;
		this.desk = desk;
		this.deadlines = deadlines;
		this.persons = persons;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public record ExternalReferral(String agency, String service, String documents, String procedure, String contactName,
			String contactPhone) {
	}

	public record NewDeskConsultation(PersonId personId, LocalDate date, Boolean recordsChecked, Boolean consentToRecord,
			Set<DeskTopic> topics, Set<InternalReferral> internalReferrals, String internalNote, String summary,
			List<ExternalReferral> externalReferrals) {
	}

	public record DeskView(ConsultationSummary consultation, JdbcDesk.Desk desk, List<ReferralView> referrals) {
	}

	public record ReferralView(JdbcDesk.Referral referral, DeadlineView deadline) {
	}

	public record CheckRequest(LocalDate checkedOn, ReferralCheck.Method method, ReferralCheck.Outcome outcome, String note,
			Integer version) {
	}

	@Transactional
	public DeskView record(NewDeskConsultation command) {
		var person = command.personId() == null ? null
				: persons.find(command.personId()).orElseThrow(() -> new NotFoundException("person", command.personId()));
		var user = person == null ? access.requireAnyRole(ConsultationService.RECORD)
				: access.requireOfficeAndRole(person.officeCode(), "person", person.id(), ConsultationService.RECORD);
		var topics = command.topics() == null ? Set.<DeskTopic>of() : command.topics();
		var internal = command.internalReferrals() == null ? Set.<InternalReferral>of() : command.internalReferrals();
		var external = command.externalReferrals() == null ? List.<ExternalReferral>of() : command.externalReferrals();
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(command.personId() == null, "personId", "validation.required")
				.rejectIf(!Boolean.TRUE.equals(command.recordsChecked()), "recordsChecked", "validation.desk.records-checked")
				.rejectIf(!Boolean.TRUE.equals(command.consentToRecord()), "consentToRecord", "validation.desk.consent")
				.rejectIf(topics.isEmpty(), "topics", "validation.desk.topic-required")
				.rejectIf(command.date() == null, "date", "validation.required")
				.rejectIf(command.date() != null && command.date().isAfter(LocalDate.now(clock)), "date", "validation.date.future")
				.rejectIf(command.summary() == null || command.summary().isBlank(), "summary", "validation.required")
				.rejectIf(command.summary() != null && command.summary().length() > 4000, "summary", "validation.too-long", 4000)
				.rejectIf(command.internalNote() != null && command.internalNote().length() > 1000, "internalNote",
						"validation.too-long", 1000)
				.rejectIf(external.size() > MAX_REFERRALS, "externalReferrals", "validation.desk.too-many-referrals", MAX_REFERRALS);
		for (int i = 0; i < external.size(); i++) {
			validate(problems, "externalReferrals[" + i + "].", external.get(i));
		}
		problems.throwIfAny();

		var consultation = consultations.record(new ConsultationService.NewConsultation(command.personId(),
				ConsultationKind.DESK, ConsultationRoute.WALK_IN, null, command.date(), List.of(), command.summary(), null));
		var stored = new JdbcDesk.Desk(consultation.id().value(), person.id().value(), person.officeCode(), true, true,
				topics.isEmpty() ? EnumSet.noneOf(DeskTopic.class) : EnumSet.copyOf(topics),
				internal.isEmpty() ? EnumSet.noneOf(InternalReferral.class) : EnumSet.copyOf(internal),
				MonitorService.blankToNull(command.internalNote()));
		desk.insert(stored);
		List<ReferralView> referrals = new ArrayList<>();
		for (var r : external) {
			var id = Ids.newId();
			var referral = new JdbcDesk.Referral(id, consultation.id().value(), person.id().value(), person.officeCode(),
					r.agency().strip(), r.service().strip(), r.documents().strip(), r.procedure().strip(),
					r.contactName().strip(), r.contactPhone().strip(), command.date(), user.id().value(), null, null, null,
					null, null, null, 0);
			desk.insert(referral);
			var deadline = deadlines.open(OpenDeadline.of(new DeadlineSubject(SubjectType.REFERRAL, id), Step.REFERRAL_CHECK,
					AnchorEvent.REFERRAL, command.date(), person.officeCode()).assignedTo(user.id(), user.teamId())
					.forPerson(person.id().value()));
			desk.setDeadline(id, deadline.id().value());
			referrals.add(new ReferralView(desk.referral(id).orElseThrow(), deadline));
		}
		return new DeskView(consultation, stored, referrals);
	}

	private static void validate(ValidationFailed.Collector problems, String prefix, ExternalReferral r) {
		required(problems, prefix + "agency", r.agency(), 200);
		required(problems, prefix + "service", r.service(), 300);
		required(problems, prefix + "documents", r.documents(), 1000);
		required(problems, prefix + "procedure", r.procedure(), 1000);
		required(problems, prefix + "contactName", r.contactName(), 100);
		required(problems, prefix + "contactPhone", r.contactPhone(), 40);
		problems.rejectIf(r.contactPhone() != null && !r.contactPhone().isBlank()
				&& !r.contactPhone().strip().matches("[0-9+()\\- ]{3,40}"), prefix + "contactPhone", "validation.desk.phone");
	}

	static void required(ValidationFailed.Collector problems, String field, String value, int max) {
		problems.rejectIf(value == null || value.isBlank(), field, "validation.required")
				.rejectIf(value != null && value.length() > max, field, "validation.too-long", max);
	}

	public DeskView get(UUID consultationId) {
		var stored = desk.desk(consultationId).orElseThrow(() -> new NotFoundException("desk-consultation", consultationId));
		access.requireOfficeAndRole(stored.officeCode(), "desk-consultation", consultationId, ConsultationService.VIEW);
		var consultation = consultations.get(new kr.dolbom.consultation.ConsultationId(consultationId)).summary();
		return new DeskView(consultation, stored, desk.referralsOf(consultationId).stream().map(this::withDeadline).toList());
	}

	public PageResult<JdbcDesk.DeskRow> list(String office, LocalDate from, LocalDate to, Paging paging) {
		var offices = offices(office);
		var today = LocalDate.now(clock);
		var start = from == null ? today.minusMonths(1) : from;
		var end = to == null ? today : to;
		if (end.isBefore(start)) {
			throw ValidationFailed.of("to", "validation.desk.range");
		}
		var rows = desk.desks(offices, start, end, paging);
		if (!rows.isEmpty()) {
			accessLog.recordAll(rows.stream().map(r -> AccessSubject.of("PERSON", r.desk().personId(), r.desk().officeCode()))
					.toList(), AccessAction.VIEW, "종합상담 목록");
		}
		return new PageResult<>(rows, paging.page(), paging.size(), desk.countDesks(offices, start, end));
	}

	public ReferralView referral(UUID id) {
		var referral = desk.referral(id).orElseThrow(() -> new NotFoundException("referral", id));
		access.requireOfficeAndRole(referral.officeCode(), "referral", id, ConsultationService.VIEW);
		accessLog.record(AccessSubject.of("PERSON", referral.personId(), referral.officeCode()), AccessAction.VIEW,
				"외부 의뢰 조회");
		return withDeadline(referral);
	}

	public PageResult<ReferralView> referrals(String office, boolean openOnly, Paging paging) {
		var offices = offices(office);
		var rows = desk.referrals(offices, openOnly, paging);
		if (!rows.isEmpty()) {
			accessLog.recordAll(rows.stream().map(r -> AccessSubject.of("PERSON", r.personId(), r.officeCode())).toList(),
					AccessAction.VIEW, "외부 의뢰 목록");
		}
		return new PageResult<>(rows.stream().map(this::withDeadline).toList(), paging.page(), paging.size(),
				desk.countReferrals(offices, openOnly));
	}

	/** Records the follow-up check of an external referral and completes its deadline. */
	@Transactional
	public ReferralView check(UUID id, CheckRequest request) {
		var referral = desk.referral(id).orElseThrow(() -> new NotFoundException("referral", id));
		var user = access.requireOfficeAndRole(referral.officeCode(), "referral", id, ConsultationService.RECORD);
		if (referral.checked()) {
			throw new DomainRuleViolation("referral-already-checked");
		}
		var problems = new ValidationFailed.Collector();
		problems.rejectIf(request.checkedOn() == null, "checkedOn", "validation.required")
				.rejectIf(request.checkedOn() != null && request.checkedOn().isAfter(LocalDate.now(clock)), "checkedOn",
						"validation.date.future")
				.rejectIf(request.checkedOn() != null && request.checkedOn().isBefore(referral.referredOn()), "checkedOn",
						"validation.desk.check-before-referral")
				.rejectIf(request.method() == null, "method", "validation.required")
				.rejectIf(request.outcome() == null, "outcome", "validation.required")
				.rejectIf(request.note() == null || request.note().isBlank(), "note", "validation.required")
				.rejectIf(request.note() != null && request.note().length() > 2000, "note", "validation.too-long", 2000);
		problems.throwIfAny();
		desk.check(id, request.version() == null ? referral.version() : request.version(), request.checkedOn(),
				request.method(), request.outcome(), request.note().strip(), user.id().value(), OffsetDateTime.now(clock));
		deadlines.complete(new DeadlineSubject(SubjectType.REFERRAL, id), Step.REFERRAL_CHECK, StepVariant.STANDARD,
				request.checkedOn());
		accessLog.record(AccessSubject.of("PERSON", referral.personId(), referral.officeCode()), AccessAction.UPDATE,
				"외부 의뢰 사후확인");
		return withDeadline(desk.referral(id).orElseThrow());
	}

	private ReferralView withDeadline(JdbcDesk.Referral referral) {
		DeadlineView deadline = null;
		if (referral.deadlineId() != null) {
			deadline = deadlines.of(new DeadlineSubject(SubjectType.REFERRAL, referral.id())).stream()
					.filter(d -> d.step() == Step.REFERRAL_CHECK).findFirst().orElse(null);
		}
		return new ReferralView(referral, deadline);
	}

	private Set<String> offices(String office) {
		if (office != null && !office.isBlank()) {
			access.requireOfficeAndRole(office, "office", office, ConsultationService.VIEW);
			return Set.of(office);
		}
		var user = access.requireAnyRole(ConsultationService.VIEW);
		var offices = user.scope().offices();
		if (offices.isEmpty()) {
			throw ValidationFailed.of("office", "validation.required");
		}
		return offices;
	}

}
