package kr.dolbom.people.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.org.Access;
import kr.dolbom.org.Role;
import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.Consents;
import kr.dolbom.people.PersonId;
import kr.dolbom.shared.Ids;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.ValidationFailed;

/**
 * Consents (domain.md §2): recorded with date, scope and the signed form, withdrawn when the person
 * says so; required before intake, sharing and meetings with outside participants.
 */
@Service
public class ConsentService implements Consents {

	private final JdbcConsents consents;
	private final JdbcPeople people;
	private final AttachmentStore store;
	private final PeopleSettings settings;
	private final Access access;
	private final AccessLog accessLog;
	private final Clock clock;

	ConsentService(JdbcConsents consents, JdbcPeople people, AttachmentStore store, PeopleSettings settings,
			Access access, AccessLog accessLog, Clock clock) {
		this.consents = consents;
		this.people = people;
		this.store = store;
		this.settings = settings;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public record Download(AttachmentRecord attachment, byte[] content) {
	}

	@Override
	public boolean hasValidConsent(PersonId person, ConsentScope scope, LocalDate on) {
		return consents.of(person, scope).stream().anyMatch(c -> c.validOn(on));
	}

	public List<ConsentRecord> list(PersonId personId) {
		var person = person(personId, PeopleAccess.VIEW);
		accessLog.record(PeopleService.subject(person), AccessAction.VIEW, "동의 내역 조회");
		return consents.of(personId);
	}

	@Transactional
	public ConsentRecord record(PersonId personId, ConsentScope scope, LocalDate givenOn, LocalDate expiresOn,
			UUID attachmentId, String note) {
		var person = person(personId, PeopleAccess.EDIT);
		var user = access.requireAnyRole(PeopleAccess.EDIT);
		var today = LocalDate.now(clock);
		var problems = new ValidationFailed.Collector()
				.rejectIf(scope == null, "scope", "validation.required")
				.rejectIf(givenOn == null, "givenOn", "validation.required")
				.rejectIf(givenOn != null && givenOn.isAfter(today), "givenOn", "validation.date.future")
				.rejectIf(givenOn != null && expiresOn != null && expiresOn.isBefore(givenOn), "expiresOn",
						"validation.consent.expires-before-given")
				.rejectIf(note != null && note.length() > 300, "note", "validation.too-long", 300);
		if (attachmentId != null) {
			var attachment = consents.attachment(attachmentId);
			problems.rejectIf(attachment.isEmpty() || !attachment.get().personId().equals(personId), "attachmentId",
					"validation.consent.attachment");
		}
		problems.throwIfAny();
		var consent = new ConsentRecord(Ids.newId(), personId, scope, givenOn, expiresOn, attachmentId,
				PeopleService.strip(note), OffsetDateTime.now(clock), null, null);
		consents.insert(consent, user.id().value());
		accessLog.record(PeopleService.subject(person), AccessAction.UPDATE, "개인정보 수집·이용 동의 등록");
		return consent;
	}

	@Transactional
	public ConsentRecord withdraw(PersonId personId, UUID consentId, String reason) {
		var person = person(personId, PeopleAccess.EDIT);
		var user = access.requireAnyRole(PeopleAccess.EDIT);
		var consent = consents.find(consentId).filter(c -> c.personId().equals(personId))
				.orElseThrow(() -> new NotFoundException("consent", consentId));
		if (consent.withdrawnOn() == null) {
			consents.withdraw(consentId, LocalDate.now(clock), PeopleService.strip(reason), user.id().value());
			accessLog.record(PeopleService.subject(person), AccessAction.UPDATE, "동의 철회 등록");
		}
		return consents.find(consentId).orElseThrow();
	}

	/** A scanned signed form: PDF, JPEG, PNG or TIFF up to the configured size, stored encrypted. */
	@Transactional
	public AttachmentRecord upload(PersonId personId, String originalName, InputStream content) throws IOException {
		var person = person(personId, PeopleAccess.EDIT);
		var user = access.requireAnyRole(PeopleAccess.EDIT);
		long max = settings.maxAttachmentSize().toBytes();
		var bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		var problems = new ValidationFailed.Collector()
				.rejectIf(bytes.length == 0, "file", "validation.attachment.empty")
				.rejectIf(bytes.length > max, "file", "validation.attachment.too-large", max / (1024 * 1024));
		var kind = AttachmentStore.detect(bytes);
		problems.rejectIf(bytes.length > 0 && kind.isEmpty(), "file", "validation.attachment.type");
		problems.throwIfAny();
		var id = Ids.newId();
		var storageKey = store.store(id, bytes);
		var attachment = new AttachmentRecord(id, personId, person.officeCode(),
				AttachmentStore.safeName(originalName, kind.get()), kind.get().contentType, bytes.length,
				AttachmentStore.sha256(bytes), storageKey, OffsetDateTime.now(clock));
		consents.insertAttachment(attachment, user.id().value());
		accessLog.record(PeopleService.subject(person), AccessAction.UPDATE, "동의서 파일 등록");
		return attachment;
	}

	public Download download(UUID attachmentId, String purpose) {
		var attachment = consents.attachment(attachmentId)
				.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		var person = person(attachment.personId(), PeopleAccess.VIEW);
		accessLog.record(PeopleService.subject(person), AccessAction.EXPORT,
				purpose == null || purpose.isBlank() ? "동의서 파일 열람" : purpose.strip());
		return new Download(attachment, store.load(attachment.id(), attachment.storageKey()));
	}

	private PersonRecord person(PersonId id, Role... roles) {
		var person = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
		access.requireOfficeAndRole(person.officeCode(), "person", id, roles);
		return person;
	}
}
