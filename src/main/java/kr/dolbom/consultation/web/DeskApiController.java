package kr.dolbom.consultation.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.consultation.internal.DeskService;
import kr.dolbom.consultation.internal.DeskTopic;
import kr.dolbom.consultation.internal.InternalReferral;
import kr.dolbom.consultation.internal.JdbcDesk;
import kr.dolbom.consultation.internal.ReferralCheck;
import kr.dolbom.deadline.DeadlineView;
import kr.dolbom.people.PersonId;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;

/**
 * The comprehensive counselling desk (종합상담) and its external referrals with their follow-up
 * check (사후확인), domain.md §3.1.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Counselling desk", description = "종합상담: walk-in records, internal and external referrals, follow-up checks")
class DeskApiController {

	private final DeskService desk;

	DeskApiController(DeskService desk) {
		this.desk = desk;
	}

	record ExternalReferralBody(String agency, String service, String documents, String procedure, String contactName,
			String contactPhone) {
	}

	record DeskBody(UUID personId, LocalDate date, Boolean recordsChecked, Boolean consentToRecord,
			Set<DeskTopic> welfareTopics, Set<DeskTopic> otherTopics, Set<InternalReferral> internalReferrals,
			String internalNote, String summary, List<ExternalReferralBody> externalReferrals) {
	}

	record DeadlineSummary(String id, String step, LocalDate dueOn, LocalDate doneOn, String state, boolean overdue) {

		static DeadlineSummary of(DeadlineView d) {
			return d == null ? null : new DeadlineSummary(d.id().toString(), d.step().name(), d.dueOn(), d.doneOn(),
					d.state().name(), d.overdue());
		}
	}

	record CheckView(LocalDate checkedOn, ReferralCheck.Method method, ReferralCheck.Outcome outcome, String note,
			String checkedBy) {
	}

	record ReferralView(String id, String consultationId, String personId, String officeCode, String agency,
			String service, String documents, String procedure, String contactName, String contactPhone,
			LocalDate referredOn, DeadlineSummary followUp, CheckView check, int version) {

		static ReferralView of(DeskService.ReferralView view) {
			var r = view.referral();
			return new ReferralView(r.id().toString(), r.consultationId().toString(), r.personId().toString(),
					r.officeCode(), r.agency(), r.service(), r.documents(), r.procedure(), r.contactName(), r.contactPhone(),
					r.referredOn(), DeadlineSummary.of(view.deadline()),
					r.checked() ? new CheckView(r.checkedOn(), r.checkMethod(), r.checkOutcome(), r.checkNote(),
							r.checkedBy() == null ? null : r.checkedBy().toString()) : null,
					r.version());
		}
	}

	record DeskView(String consultationId, String personId, String officeCode, LocalDate date, String summary,
			boolean recordsChecked, boolean consentToRecord, List<DeskTopic> welfareTopics, List<DeskTopic> otherTopics,
			List<InternalReferral> internalReferrals, String internalNote, List<ReferralView> externalReferrals) {

		static DeskView of(DeskService.DeskView view) {
			var d = view.desk();
			return new DeskView(d.consultationId().toString(), d.personId().toString(), d.officeCode(),
					view.consultation().consultedOn(), view.consultation().summary(), d.recordsChecked(), d.consentToRecord(),
					d.topics().stream().filter(DeskTopic::welfare).toList(),
					d.topics().stream().filter(t -> !t.welfare()).toList(), List.copyOf(d.internalReferrals()),
					d.internalNote(), view.referrals().stream().map(ReferralView::of).toList());
		}
	}

	record DeskRowView(String consultationId, String personId, String officeCode, LocalDate date, String summary,
			List<DeskTopic> topics, List<InternalReferral> internalReferrals, int externalReferrals, int openReferrals) {

		static DeskRowView of(JdbcDesk.DeskRow row) {
			var d = row.desk();
			return new DeskRowView(d.consultationId().toString(), d.personId().toString(), d.officeCode(), row.date(),
					row.summary(), List.copyOf(d.topics()), List.copyOf(d.internalReferrals()), row.referrals(),
					row.openReferrals());
		}
	}

	record CheckBody(LocalDate checkedOn, ReferralCheck.Method method, ReferralCheck.Outcome outcome, String note,
			Integer version) {
	}

	@PostMapping("/desk-consultations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a walk-in desk consultation; each external referral opens a REFERRAL_CHECK deadline")
	DeskView record(@RequestBody DeskBody body) {
		var topics = EnumSet.noneOf(DeskTopic.class);
		if (body.welfareTopics() != null) {
			topics.addAll(body.welfareTopics());
		}
		if (body.otherTopics() != null) {
			topics.addAll(body.otherTopics());
		}
		var external = body.externalReferrals() == null ? List.<DeskService.ExternalReferral>of()
				: body.externalReferrals().stream().map(r -> new DeskService.ExternalReferral(r.agency(), r.service(),
						r.documents(), r.procedure(), r.contactName(), r.contactPhone())).toList();
		return DeskView.of(desk.record(new DeskService.NewDeskConsultation(
				body.personId() == null ? null : new PersonId(body.personId()), body.date(), body.recordsChecked(),
				body.consentToRecord(), topics, body.internalReferrals(), body.internalNote(), body.summary(), external)));
	}

	@GetMapping("/desk-consultations/{id}")
	@Operation(summary = "A desk consultation with its referrals")
	DeskView get(@PathVariable UUID id) {
		return DeskView.of(desk.get(id));
	}

	@GetMapping("/desk-consultations")
	@Operation(summary = "Desk consultations in scope (or of one office) between two dates, newest first")
	PageResult<DeskRowView> list(@RequestParam(required = false) String office, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return desk.list(office, from, to, Paging.of(page, size)).map(DeskRowView::of);
	}

	@GetMapping("/referrals")
	@Operation(summary = "External desk referrals in scope (or of one office); open=true lists those without a follow-up check")
	PageResult<ReferralView> referrals(@RequestParam(required = false) String office,
			@RequestParam(required = false, defaultValue = "false") boolean open, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return desk.referrals(office, open, Paging.of(page, size)).map(ReferralView::of);
	}

	@GetMapping("/referrals/{id}")
	@Operation(summary = "An external desk referral with its follow-up deadline and check")
	ReferralView referral(@PathVariable UUID id) {
		return ReferralView.of(desk.referral(id));
	}

	@PostMapping("/referrals/{id}/check")
	@Operation(summary = "Record the follow-up check (사후확인) of an external referral; completes its deadline")
	ReferralView check(@PathVariable UUID id, @RequestBody CheckBody body) {
		return ReferralView.of(desk.check(id, new DeskService.CheckRequest(body.checkedOn(), body.method(), body.outcome(),
				body.note(), body.version())));
	}
}
