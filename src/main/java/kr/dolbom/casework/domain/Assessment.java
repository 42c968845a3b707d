package kr.dolbom.casework.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * 욕구·위기도 조사 (domain.md §4.4): needs and a crisis score per domain, possibly per household
 * member. Scoring rules: score the current situation regardless of cause; the domain's score is
 * that of its most severe member; the manager's judgement and the client's stated need are both
 * recorded, and where they differ an agreed priority is needed.
 */
public record Assessment(UUID id, LocalDate assessedOn, List<Item> items) {

	public Assessment {
		items = List.copyOf(items);
	}

	public record Item(String domainCode, UUID memberId, String need, int crisisScore, String clientView,
			String managerView, Integer agreedPriority) {

		/** Both views are stated and they differ. */
		public boolean disagreement() {
			return clientView != null && managerView != null && !clientView.isBlank() && !managerView.isBlank()
					&& !normalise(clientView).equals(normalise(managerView));
		}

		private static String normalise(String text) {
			return text.replaceAll("\\s+", " ").strip();
		}
	}

	/** The most severe member's score per domain. */
	public Map<String, Integer> domainScores() {
		Map<String, Integer> scores = new LinkedHashMap<>();
		items.forEach(i -> scores.merge(i.domainCode(), i.crisisScore(), Math::max));
		return scores;
	}

	public Optional<Integer> score(String domainCode) {
		return Optional.ofNullable(domainScores().get(domainCode));
	}

	public int highestScore() {
		return items.stream().map(Item::crisisScore).max(Comparator.naturalOrder()).orElse(0);
	}
}
