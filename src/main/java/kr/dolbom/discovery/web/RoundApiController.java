package kr.dolbom.discovery.web;

import java.io.IOException;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.RoundState;
import kr.dolbom.discovery.internal.RoundService;

/** api.md "Discovery": rounds and their files, scoring and distribution. */
@RestController
@RequestMapping("/api/v1/discovery/rounds")
@Tag(name = "Discovery")
class RoundApiController {

	private final RoundService rounds;

	RoundApiController(RoundService rounds) {
		this.rounds = rounds;
	}

	record NewRound(String label, Integer selectionCount, LocalDate referenceDate) {
	}

	record FileJson(String id, String indicator, String encoding, int records, OffsetDateTime uploadedAt) {
	}

	record RoundJson(String id, String label, RoundState state, LocalDate referenceDate, int selectionCount,
			Counts counts, List<FileJson> files, OffsetDateTime createdAt, OffsetDateTime scoredAt,
			OffsetDateTime distributedAt) {

		static RoundJson of(RoundService.RoundView view) {
			var r = view.round();
			return new RoundJson(r.id().toString(), r.label(), r.state(), r.referenceDate(), r.selectionCount(),
					new Counts(r.recordCount(), r.personCount(), r.householdCount(), r.selectedCount(), r.skippedCount(),
							r.targetCount()),
					view.files().stream().map(RoundApiController::file).toList(), r.createdAt(), r.scoredAt(),
					r.distributedAt());
		}
	}

	record Counts(long records, long persons, long households, long selected, long skippedNonTargets, long targets) {
	}

	static FileJson file(kr.dolbom.discovery.internal.JdbcRounds.FileRecord f) {
		return new FileJson(f.id().toString(), f.indicatorCode(), f.encoding(), f.recordCount(), f.uploadedAt());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RoundJson create(@RequestBody NewRound body) {
		return RoundJson.of(rounds.create(body.label(), body.selectionCount(), body.referenceDate()));
	}

	@GetMapping
	List<RoundJson> list() {
		return rounds.list().stream().map(r -> RoundJson.of(new RoundService.RoundView(r, List.of()))).toList();
	}

	@GetMapping("/{id}")
	RoundJson get(@PathVariable UUID id) {
		return RoundJson.of(rounds.get(new RoundId(id)));
	}

	@PostMapping("/{id}/files")
	@ResponseStatus(HttpStatus.CREATED)
	FileJson upload(@PathVariable UUID id, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String encoding, @RequestPart(required = false) MultipartFile file)
			throws IOException {
		try (var content = file == null ? null : file.getInputStream()) {
			return file(rounds.upload(new RoundId(id), indicator, encoding, content));
		}
	}

	@PostMapping("/{id}/score")
	RoundJson score(@PathVariable UUID id) {
		return RoundJson.of(rounds.score(new RoundId(id)));
	}

	@PostMapping("/{id}/distribute")
	RoundJson distribute(@PathVariable UUID id) {
		return RoundJson.of(rounds.distribute(new RoundId(id)));
	}
}
