package kr.dolbom.resource.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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

import kr.dolbom.resource.ProviderId;
import kr.dolbom.resource.internal.JdbcOverhauls;
import kr.dolbom.resource.internal.OverhaulService;
import kr.dolbom.resource.web.ResourceViews.ProviderView;
import kr.dolbom.resource.web.ResourceViews.ServiceView;

/** Periodic overhaul (일제정비): windows opened by the administrator, per-시군구 start, list, complete. */
@RestController
@RequestMapping("/api/v1/resources/overhauls")
@Tag(name = "Resources")
class OverhaulApiController {

	private final OverhaulService overhauls;

	OverhaulApiController(OverhaulService overhauls) {
		this.overhauls = overhauls;
	}

	record WindowBody(String title, LocalDate startsOn, LocalDate endsOn) {
	}

	record DistrictView(String windowId, String districtCode, OffsetDateTime startedAt, OffsetDateTime completedAt,
			boolean canStart) {

		static DistrictView of(JdbcOverhauls.DistrictOverhaul o) {
			return new DistrictView(o.windowId().toString(), o.districtCode(), o.startedAt(), o.completedAt(), false);
		}
	}

	record WindowView(String id, String title, LocalDate startsOn, LocalDate endsOn, List<DistrictView> districts) {

		static WindowView of(JdbcOverhauls.Window w, List<DistrictView> districts) {
			return new WindowView(w.id().toString(), w.title(), w.startsOn(), w.endsOn(), districts);
		}
	}

	record ItemView(String reason, ProviderView provider, ServiceView service, long openLinkages) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open an overhaul window (administrator); 409 overhaul-window-overlaps")
	WindowView open(@RequestBody WindowBody body) {
		return WindowView.of(overhauls.open(body.title(), body.startsOn(), body.endsOn()), List.of());
	}

	@GetMapping
	List<WindowView> windows() {
		return overhauls.windows().stream().map(s -> WindowView.of(s.window(), s.districts().stream()
				.map(d -> d.overhaul() == null
						? new DistrictView(s.window().id().toString(), d.districtCode(), null, null, d.canStart())
						: DistrictView.of(d.overhaul()))
				.toList())).toList();
	}

	@PostMapping("/{id}/start")
	@Operation(summary = "Start the overhaul of a 시군구 (its resource manager; only while the window is open)")
	DistrictView start(@PathVariable UUID id, @RequestParam(required = false) String district) {
		return DistrictView.of(overhauls.start(id, district));
	}

	@GetMapping("/{id}/recommended")
	@Operation(summary = "정비권장 대상목록: STALE providers, OVER_CAPACITY and NEVER_LINKED services")
	List<ItemView> recommended(@PathVariable UUID id, @RequestParam(required = false) String district) {
		return overhauls.recommended(id, district).stream()
				.map(i -> new ItemView(i.reason().name(), ProviderView.of(i.provider()),
						i.service() == null ? null : ServiceView.of(i.service()), i.openLinkages()))
				.toList();
	}

	@PostMapping("/{id}/providers/{providerId}/confirm")
	@Operation(summary = "Confirm a provider's data as current during the overhaul")
	ProviderView confirm(@PathVariable UUID id, @PathVariable UUID providerId) {
		return ProviderView.of(overhauls.confirm(id, new ProviderId(providerId)));
	}

	@PostMapping("/{id}/complete")
	DistrictView complete(@PathVariable UUID id, @RequestParam(required = false) String district) {
		return DistrictView.of(overhauls.complete(id, district));
	}
}
