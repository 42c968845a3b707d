package kr.dolbom.people.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.DisabilityGrade;
import kr.dolbom.people.DisabilityType;
import kr.dolbom.people.Education;
import kr.dolbom.people.HealthStatus;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.people.IncomeClass;
import kr.dolbom.people.PersonId;
import kr.dolbom.people.Relationship;
import kr.dolbom.people.internal.AttachmentRecord;
import kr.dolbom.people.internal.ConsentRecord;
import kr.dolbom.people.internal.ConsentService;
import kr.dolbom.people.internal.JdbcPeople;
import kr.dolbom.people.internal.PeopleService;
import kr.dolbom.people.internal.PersonRecord;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.ValidationFailed;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "People")
class PersonApiController {

	private final PeopleService people;
	private final ConsentService consents;
	private final Clock clock;

	PersonApiController(PeopleService people, ConsentService consents, Clock clock) {
		this.people = people;
		this.consents = consents;
		this.clock = clock;
	}

	record AddressBody(String orgUnitCode, String line) {

		PeopleService.Address toAddress() {
			return new PeopleService.Address(orgUnitCode, line);
		}
	}

	record NewPersonBody(String name, String rrn, String phone, AddressBody address, UUID householdId,
			Relationship relationship, Education education, String occupation, HealthStatus healthStatus,
			String healthNote, DisabilityType disabilityType, DisabilityGrade disabilityGrade, String contactNote,
			IncomeClass incomeClass, Boolean confirmNotDuplicate) {

		PersonRecord.PersonDetails details() {
			return new PersonRecord.PersonDetails(education, occupation, healthStatus, healthNote, disabilityType,
					disabilityGrade, contactNote);
		}
	}

	record PersonChangeBody(Integer version, String name, String phone, Relationship relationship, Education education,
			String occupation, HealthStatus healthStatus, String healthNote, DisabilityType disabilityType,
			DisabilityGrade disabilityGrade, String contactNote) {
	}

	record MoveBody(Integer version, UUID toHouseholdId, AddressBody address, Relationship relationship,
			LocalDate movedOn, String reason) {
	}

	record SearchBody(String rrn, String name, LocalDate birthDate, Integer page, Integer size) {
	}

	record RevealBody(String purpose) {
	}

	record RevealView(String rrn) {
	}

	record ConsentBody(ConsentScope scope, LocalDate givenOn, LocalDate expiresOn, UUID attachmentId, String note) {
	}

	record ConsentView(String id, ConsentScope scope, LocalDate givenOn, LocalDate expiresOn, String attachmentId,
			String note, LocalDate withdrawnOn, String withdrawnReason, boolean valid) {

		static ConsentView of(ConsentRecord c, LocalDate today) {
			return new ConsentView(c.id().toString(), c.scope(), c.givenOn(), c.expiresOn(),
					c.attachmentId() == null ? null : c.attachmentId().toString(), c.note(), c.withdrawnOn(),
					c.withdrawnReason(), c.validOn(today));
		}
	}

	record AttachmentView(String id, String fileName, String contentType, long size, String sha256,
			OffsetDateTime uploadedAt) {

		static AttachmentView of(AttachmentRecord a) {
			return new AttachmentView(a.id().toString(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
					a.uploadedAt());
		}
	}

	@PostMapping("/persons")
	@Operation(summary = "Register a person", description = """
			201 with the new person; 200 with the existing one when the number is registered already in the caller's
			scope; 409 person-registered-elsewhere when it is registered outside; 409 possible-duplicate with the
			candidates (similar name, same birth date, same 읍면동) unless confirmNotDuplicate is true.""")
	ResponseEntity<PersonView> register(@RequestBody NewPersonBody body) {
		var registration = people.register(new PeopleService.NewPerson(body.name(), body.rrn(), body.phone(),
				body.address() == null ? null : body.address().toAddress(),
				body.householdId() == null ? null : new HouseholdId(body.householdId()), body.relationship(),
				body.details(), body.incomeClass(), Boolean.TRUE.equals(body.confirmNotDuplicate())));
		return ResponseEntity.status(registration.existing() ? HttpStatus.OK : HttpStatus.CREATED)
				.body(PersonView.of(registration.person(), registration.existing(), registration.warnings()));
	}

	@GetMapping("/persons")
	@Operation(summary = "Search persons in scope by rrn, or by name prefix and/or birth date",
			description = "Prefer POST /api/v1/persons/search for numbers: query strings end up in proxy logs.")
	PageResult<PersonView> search(@RequestParam(required = false) String rrn,
			@RequestParam(required = false) String name, @RequestParam(required = false) LocalDate birthDate,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return search(new SearchBody(rrn, name, birthDate, page, size));
	}

	@PostMapping("/persons/search")
	@Operation(summary = "The same search with the criteria in the body, so that a number never appears in a URL")
	PageResult<PersonView> search(@RequestBody SearchBody body) {
		var paging = Paging.of(body.page(), body.size());
		if (body.rrn() != null && !body.rrn().isBlank()) {
			var found = people.findByRrn(body.rrn()).map(PersonView::of).map(List::of).orElse(List.of());
			return new PageResult<>(found, 0, paging.size(), found.size());
		}
		return people.searchByName(body.name(), body.birthDate(), paging).map(PersonView::of);
	}

	@GetMapping("/persons/{id}")
	PersonView get(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		return PersonView.of(people.get(new PersonId(id), purpose));
	}

	@PutMapping("/persons/{id}")
	PersonView update(@PathVariable UUID id, @RequestBody PersonChangeBody body) {
		if (body.version() == null) {
			throw ValidationFailed.of("version", "validation.required");
		}
		return PersonView.of(people.update(new PersonId(id), new PeopleService.PersonChange(body.version(), body.name(),
				body.phone(), body.relationship(), new PersonRecord.PersonDetails(body.education(), body.occupation(),
						body.healthStatus(), body.healthNote(), body.disabilityType(), body.disabilityGrade(),
						body.contactNote()))));
	}

	@PostMapping("/persons/{id}/move")
	@Operation(summary = "Move a person to another household (toHouseholdId) or to a new address (address)")
	PersonView move(@PathVariable UUID id, @RequestBody MoveBody body) {
		if (body.version() == null) {
			throw ValidationFailed.of("version", "validation.required");
		}
		return PersonView.of(people.move(new PersonId(id), new PeopleService.Move(body.version(),
				body.toHouseholdId() == null ? null : new HouseholdId(body.toHouseholdId()),
				body.address() == null ? null : body.address().toAddress(), body.relationship(), body.movedOn(),
				body.reason())));
	}

	@GetMapping("/persons/{id}/moves")
	List<JdbcPeople.Move> moves(@PathVariable UUID id) {
		return people.moves(new PersonId(id));
	}

	@PostMapping("/persons/{id}/rrn/reveal")
	@Operation(summary = "The full number, for holders of the RRN_REVEAL permission; audited with the purpose")
	ResponseEntity<RevealView> reveal(@PathVariable UUID id, @RequestBody(required = false) RevealBody body) {
		var rrn = people.revealRrn(new PersonId(id), body == null ? null : body.purpose());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore())
				.body(new RevealView(rrn.digits().substring(0, 6) + "-" + rrn.digits().substring(6)));
	}

	@GetMapping("/persons/{id}/consents")
	List<ConsentView> consents(@PathVariable UUID id) {
		var today = LocalDate.now(clock);
		return consents.list(new PersonId(id)).stream().map(c -> ConsentView.of(c, today)).toList();
	}

	@PostMapping("/persons/{id}/consents")
	@ResponseStatus(HttpStatus.CREATED)
	ConsentView recordConsent(@PathVariable UUID id, @RequestBody ConsentBody body) {
		var consent = consents.record(new PersonId(id), body.scope(), body.givenOn(), body.expiresOn(),
				body.attachmentId(), body.note());
		return ConsentView.of(consent, LocalDate.now(clock));
	}

	@DeleteMapping("/persons/{id}/consents/{consentId}")
	@Operation(summary = "Withdraw a consent (kept as history)")
	ConsentView withdraw(@PathVariable UUID id, @PathVariable UUID consentId,
			@RequestParam(required = false) String reason) {
		return ConsentView.of(consents.withdraw(new PersonId(id), consentId, reason), LocalDate.now(clock));
	}

	@PostMapping(path = "/persons/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a scanned signed form (PDF, JPEG, PNG or TIFF)")
	AttachmentView upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file) throws IOException {
		try (var in = file.getInputStream()) {
			return AttachmentView.of(consents.upload(new PersonId(id), file.getOriginalFilename(), in));
		}
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		var download = consents.download(id, purpose);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(download.attachment().contentType()))
				.cacheControl(CacheControl.noStore())
				.header("Content-Disposition", ContentDisposition.attachment()
						.filename(download.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(download.content());
	}
}
