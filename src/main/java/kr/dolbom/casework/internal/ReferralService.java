package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.casework.CaseId;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.domain.ReferralRules;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/** Referrals to other programmes (domain.md §4.6), tracked until the receiving programme answers. */
@Service
public class ReferralService {

	private final ReferralRepository referrals;
	private final CaseGuard guard;
	private final Persons persons;
	private final Clock clock;

	ReferralService(ReferralRepository referrals, CaseGuard guard, Persons persons, Clock clock) {
		this.referrals = referrals;
		this.guard = guard;
		this.persons = persons;
		this.clock = clock;
	}

	@Transactional
	public ReferralRepository.Referral refer(CaseId id, ReferralRules.Program program, String reason) {
		var c = guard.asManager(id);
		if (c.state().terminal() || c.state() == CaseState.RECEIVED) {
			throw new DomainRuleViolation("referral-after-assessment");
		}
		var person = persons.find(new PersonId(c.personId())).orElseThrow();
		var today = LocalDate.now(clock);
		ReferralRules.check(program, reason, person.birthDate(), today,
				program != null && referrals.referredBefore(c.personId(), program));
		var referral = new ReferralRepository.Referral(Ids.newId(), c.id().value(), c.personId(), program, reason.strip(),
				today, null, null);
		referrals.insert(referral, guard.user().id().value());
		guard.history(c, "REFERRAL", program.name() + " · " + reason.strip());
		guard.logChange(c, "타 사업 의뢰");
		return referral;
	}

	@Transactional
	public ReferralRepository.Referral answer(UUID referralId, LocalDate answeredOn, String answer) {
		var referral = referrals.find(referralId).orElseThrow(() -> new NotFoundException("referral", referralId));
		var c = guard.asManager(new CaseId(referral.caseId()));
		var problems = new ValidationFailed.Collector()
				.rejectIf(answeredOn == null, "answeredOn", "validation.required")
				.rejectIf(answeredOn != null && answeredOn.isAfter(LocalDate.now(clock)), "answeredOn", "validation.date.future")
				.rejectIf(answeredOn != null && answeredOn.isBefore(referral.referredOn()), "answeredOn",
						"validation.case.answer-before-referral")
				.rejectIf(answer == null || answer.isBlank(), "answer", "validation.required");
		problems.throwIfAny();
		if (!referrals.answer(referralId, answeredOn, answer.strip())) {
			throw new DomainRuleViolation("referral-answered");
		}
		guard.history(c, "REFERRAL_ANSWER", referral.program().name() + " · " + answer.strip());
		return referrals.find(referralId).orElseThrow();
	}
}
