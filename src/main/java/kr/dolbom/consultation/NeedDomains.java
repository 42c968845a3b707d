package kr.dolbom.consultation;

import java.util.List;
import java.util.Optional;

/**
 * The need domains (domain.md §4.4, release 2023: 경제, 돌봄, 신체적 건강, 정신적 건강, 주거, 일자리,
 * 보육 및 교육, 관계, 안전, 법률 및 권익보장, 문화 및 여가) and the crisis scale — reference data, not
 * code.
 */
public interface NeedDomains {

	List<NeedDomain> all();

	Optional<NeedDomain> find(String code);

	/** Levels of the default crisis scale: 1 no problem … 5 crisis needing immediate intervention. */
	List<ScaleLevel> crisisScale();

	record ScaleLevel(int level, String label) {
	}

	default boolean isValidScore(int score) {
		return crisisScale().stream().anyMatch(l -> l.level() == score);
	}
}
