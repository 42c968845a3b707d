package kr.dolbom.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.people.DemoPeople;
import kr.dolbom.people.FlaggedHousehold;
import kr.dolbom.people.HouseholdFlag;

/** Outreach flags on demo households (try-it mode), once: a household that has flags is left alone. */
@Component
@Order(21)
@ConditionalOnProperty(name = "dolbom.demo.enabled", havingValue = "true")
class HouseholdFlagDemoData implements ApplicationRunner {

	private final JdbcPeople people;
	private final JdbcResidentLists lists;
	private final Clock clock;
	private final kr.dolbom.org.Users users;

	HouseholdFlagDemoData(JdbcPeople people, JdbcResidentLists lists, Clock clock, kr.dolbom.org.Users users) {
		this.users = users;
		this.people = people;
		this.lists = lists;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var now = OffsetDateTime.now(clock);
		var worker = users.findByUsername("demo.worker").map(u -> u.id().value()).orElse(null);
		if (worker == null) {
			return;
		}
		flag(DemoPeople.KIM_YOUNGHEE, HouseholdFlag.HIGH_RISK_SINGLE, null, "혼자 사는 어르신, 관절염으로 외출 어려움", now, worker);
		flag(DemoPeople.OH_MISOOK, HouseholdFlag.HOUSING_VULNERABLE, null, "저장강박 의심, 주거 환경 불량", now, worker);
		flag(DemoPeople.SEO_BOKNAM, HouseholdFlag.DISCHARGE_PLANNED, LocalDate.now(clock).plusMonths(1).withDayOfMonth(10),
				"요양병원 퇴원 예정", now, worker);
		flag(DemoPeople.JUNG_DAEUN, HouseholdFlag.SINGLE_PARENT, null, null, now, worker);
	}

	private void flag(kr.dolbom.people.PersonId person, HouseholdFlag flag, LocalDate expectedOn, String note,
			OffsetDateTime now, java.util.UUID by) {
		people.find(person).ifPresent(p -> {
			if (lists.flagsOf(p.householdId()).isEmpty()) {
				lists.replaceFlags(p.householdId(), List.of(new FlaggedHousehold(p.householdId(), p.officeCode(), flag,
						expectedOn, note)), by, now);
			}
		});
	}
}
