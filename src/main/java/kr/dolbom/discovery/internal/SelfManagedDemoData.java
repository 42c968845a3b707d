package kr.dolbom.discovery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.dolbom.consultation.ConsultationSummary;
import kr.dolbom.consultation.Consultations;
import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.Deadlines;
import kr.dolbom.deadline.OpenDeadline;
import kr.dolbom.deadline.Step;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.people.DemoPeople;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Persons;

/**
 * Self-managed targets of the demo office 신관동 (try-it mode): residents the office watches after
 * their initial consultation — one registered from the Excel form, one already released. Runs once
 * (the first demo target's id is the marker). Each is registered a few days after the resident's
 * initial consultation, and the no-consultation alert counts from the registration.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
class SelfManagedDemoData implements ApplicationRunner {

	private static final UUID FIRST = id(1);

	private final JdbcSelfManagedTargets targets;
	private final Persons persons;
	private final Consultations consultations;
	private final Users users;
	private final Deadlines deadlines;
	private final TransactionTemplate transaction;
	private final Clock clock;

	SelfManagedDemoData(JdbcSelfManagedTargets targets, Persons persons, Consultations consultations, Users users,
			Deadlines deadlines, TransactionTemplate transaction, Clock clock) {
		this.targets = targets;
		this.persons = persons;
		this.consultations = consultations;
		this.users = users;
		this.deadlines = deadlines;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (targets.find(FIRST).isPresent()) {
			return;
		}
		var worker = users.findByUsername("demo.worker").orElse(null);
		var lead = users.findByUsername("demo.lead").orElse(null);
		transaction.executeWithoutResult(status -> {
			register(FIRST, DemoPeople.KIM_YOUNGHEE, SelfManagedSource.SINGLE, "홀로 사는 어르신 — 겨울철 난방·안부 확인", worker, 1, 1,
					"이웃 주민(통장)이 매주 안부 확인", 2, null);
			register(id(2), DemoPeople.YOON_JAESEOK, SelfManagedSource.SINGLE, "사례관리 미선정 — 채무 문제로 지속 관찰", worker, 2, 0,
					null, 4, null);
			register(id(3), DemoPeople.CHOI_JUNGSOOK, SelfManagedSource.UPLOAD, "중증장애 자녀 돌봄 부담", lead, 1, 0,
					"주간보호센터 대기 중", 1, null);
			register(id(4), DemoPeople.MOON_KYUNGHO, SelfManagedSource.SINGLE, "알코올 의존 회복 관찰", worker, 1, 3, null, 2,
					"통합사례관리로 관리하게 되어 해제");
		});
	}

	private void register(UUID id, PersonId personId, SelfManagedSource source, String reason, UserSummary assignee,
			Integer cycle, int visits, String notes, int daysAfterConsultation, String releaseReason) {
		var person = persons.find(personId).filter(p -> DemoOrg.OFFICE.equals(p.officeCode())).orElse(null);
		if (person == null) {
			return;
		}
		var today = LocalDate.now(clock);
		var consulted = consultations.latestInitial(personId).map(ConsultationSummary::consultedOn)
				.orElse(today.minusDays(30));
		var on = consulted.plusDays(daysAfterConsultation);
		if (on.isAfter(today)) {
			on = today;
		}
		var at = on.atTime(10, 0).atZone(clock.getZone()).toOffsetDateTime();
		var assigneeId = assignee == null ? null : assignee.id().value();
		var target = new SelfManagedTarget(id, personId, person.officeCode(), source, reason, assigneeId, cycle, visits,
				notes, on, assigneeId, null, null, 0);
		targets.insert(target, at);
		targets.history(id, at, assigneeId, assignee == null ? null : assignee.name(), "REGISTERED", "등록사유: " + reason
				+ (assignee == null ? "" : " · 담당자: " + assignee.name()) + (cycle == null ? "" : " · 방문주기: " + cycle + "개월")
				+ " · 방문횟수: " + visits);
		var open = OpenDeadline.of(SelfManagedTargetService.deadlineSubject(id), Step.SELF_MANAGED_CONTACT,
				AnchorEvent.LAST_CONSULTATION, on, person.officeCode()).forPerson(personId.value());
		if (assignee != null) {
			open = open.assignedTo(new UserId(assigneeId), assignee.teamId());
		}
		deadlines.open(open);
		if (releaseReason != null) {
			var releasedOn = on.plusDays(3).isAfter(today) ? today : on.plusDays(3);
			targets.release(id, 0, releasedOn, releaseReason);
			targets.history(id, releasedOn.atTime(15, 0).atZone(clock.getZone()).toOffsetDateTime(), assigneeId,
					assignee == null ? null : assignee.name(), "RELEASED", "해제사유: " + releaseReason);
			deadlines.cancelAll(SelfManagedTargetService.deadlineSubject(id), "자체관리대상자 해제");
		}
	}

	private static UUID id(int n) {
		return UUID.fromString(String.format("0190f5a0-0000-7000-8000-d1500000%04d", n));
	}
}
