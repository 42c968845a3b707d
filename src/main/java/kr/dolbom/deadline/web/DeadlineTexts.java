package kr.dolbom.deadline.web;

import org.springframework.stereotype.Component;

import kr.dolbom.deadline.internal.Notification;
import kr.dolbom.deadline.internal.rules.DeadlineRule;
import kr.dolbom.deadline.internal.rules.RuleTerm;
import kr.dolbom.shared.web.Messages;

/** Readable rule texts for the pages, e.g. "선정 후 15근무일, 단 접수 후 30일(역일)을 넘지 않음". */
@Component("deadlineTexts")
class DeadlineTexts {

	private final Messages messages;

	DeadlineTexts(Messages messages) {
		this.messages = messages;
	}

	public String describe(DeadlineRule rule) {
		if (rule == null) {
			return "—";
		}
		var text = term(rule.term());
		if (rule.cap() != null) {
			text += messages.get("deadline.rules.cap", anchor(rule.cap()), rule.cap().amount(), unit(rule.cap()));
		}
		return text;
	}

	public String term(RuleTerm term) {
		if (term.amount() == 0) {
			return messages.get("deadline.rules.term.sameDay", anchor(term));
		}
		var key = term.amount() > 0 ? "deadline.rules.term" : "deadline.rules.term.before";
		return messages.get(key, anchor(term), Math.abs(term.amount()), unit(term));
	}

	/** "기한 임박: 욕구·위기도 조사 — 2026-12-01까지". */
	public String notification(Notification n) {
		return messages.get("deadline.notifications.kind." + n.kind().name(), messages.get(n.step().messageKey()),
				n.dueOn().toString());
	}

	public String anchorName(RuleTerm term) {
		return messages.get(term.anchor().messageKey());
	}

	private String anchor(RuleTerm term) {
		return anchorName(term);
	}

	private String unit(RuleTerm term) {
		return messages.get(term.unit().messageKey());
	}
}
