package kr.dolbom.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.casework.CaseId;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.ValidationFailed;

/**
 * 서비스 제공 및 점검 (domain.md §4.8): the client's change against the goals, participation,
 * adequacy, satisfaction, and whether re-assessment, a plan change or closure is needed; for
 * providers, plan against actual, changes and cooperation. The first check moves the case to
 * IN_SERVICE.
 */
@Service
public class CheckService {

	private final CheckRepository checks;
	private final CaseRepository cases;
	private final CaseGuard guard;
	private final CaseDeadlines deadlines;
	private final Clock clock;

	CheckService(CheckRepository checks, CaseRepository cases, CaseGuard guard, CaseDeadlines deadlines, Clock clock) {
		this.checks = checks;
		this.cases = cases;
		this.guard = guard;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	public record NewCheck(LocalDate date, String method, String clientChange, String participation, String adequacy,
			Integer satisfaction, String actionNeeded, String providerPlanVsActual, String providerChanges,
			String providerCooperation) {
	}

	@Transactional
	public CheckRepository.Check record(CaseId id, NewCheck command) {
		var c = guard.asManagerOrCoManager(id);
		var problems = new ValidationFailed.Collector()
				.rejectIf(command.date() == null, "date", "validation.required")
				.rejectIf(command.date() != null && command.date().isAfter(LocalDate.now(clock)), "date",
						"validation.date.future")
				.rejectIf(command.date() != null && command.date().isBefore(c.openedOn()), "date",
						"validation.case.before-intake")
				.rejectIf(blank(command.clientChange()), "clientChange", "validation.required")
				.rejectIf(blank(command.participation()), "participation", "validation.required")
				.rejectIf(blank(command.adequacy()), "adequacy", "validation.required")
				.rejectIf(command.satisfaction() == null || command.satisfaction() < 1 || command.satisfaction() > 5,
						"satisfaction", "validation.case.satisfaction");
		var method = parse(CheckRepository.Method.class, command.method(), "method", problems);
		var action = parse(CheckRepository.Action.class, command.actionNeeded(), "actionNeeded", problems);
		for (var text : new String[] { command.clientChange(), command.participation(), command.adequacy(),
				command.providerPlanVsActual(), command.providerChanges(), command.providerCooperation() }) {
			if (text != null && text.length() > 2000) {
				problems.reject("clientChange", "validation.too-long", 2000);
				break;
			}
		}
		problems.throwIfAny();
		c.checked();
		var check = new CheckRepository.Check(Ids.newId(), command.date(), method, command.clientChange().strip(),
				command.participation().strip(), command.adequacy().strip(), command.satisfaction(), action,
				strip(command.providerPlanVsActual()), strip(command.providerChanges()), strip(command.providerCooperation()));
		var now = OffsetDateTime.now(clock);
		checks.insert(c.id().value(), check, guard.user().id().value(), now);
		cases.update(c, now);
		guard.history(c, "CHECK", command.date() + " · " + method.name() + " · 필요 조치 " + action.name());
		guard.logChange(c, "서비스 제공 점검");
		deadlines.checked(c, command.date(), method != CheckRepository.Method.PROVIDER_CONTACT);
		return check;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, ValidationFailed.Collector problems) {
		if (value == null || value.isBlank()) {
			problems.reject(field, "validation.required");
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			problems.reject(field, "validation.invalid");
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return blank(value) ? null : value.strip();
	}
}
