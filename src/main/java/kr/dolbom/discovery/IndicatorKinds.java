package kr.dolbom.discovery;

import java.util.List;
import java.util.Optional;

/** The active indicator kinds, in their display order. Reference data: no scope, no access log. */
public interface IndicatorKinds {

	List<IndicatorKind> all();

	Optional<IndicatorKind> find(String code);
}
