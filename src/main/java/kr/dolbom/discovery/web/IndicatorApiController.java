package kr.dolbom.discovery.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.discovery.IndicatorKind;
import kr.dolbom.discovery.IndicatorKinds;

@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Discovery")
class IndicatorApiController {

	private final IndicatorKinds kinds;

	IndicatorApiController(IndicatorKinds kinds) {
		this.kinds = kinds;
	}

	/** api.md: the indicator kinds (code, name, agency, weight, utility). Reference data. */
	@GetMapping("/indicators")
	List<IndicatorKind> indicators() {
		return kinds.all();
	}
}
