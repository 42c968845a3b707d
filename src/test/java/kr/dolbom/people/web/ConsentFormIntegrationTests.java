package kr.dolbom.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import kr.dolbom.people.ConsentScope;
import kr.dolbom.people.Consents;
import kr.dolbom.people.PersonId;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/** Consents with their scanned signed forms (issue 3: attachment upload with size and type limits). */
@DolbomIntegrationTest
class ConsentFormIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n서명 김영희\n%%EOF"
			.getBytes(StandardCharsets.UTF_8);

	@Autowired
	Api api;

	@Autowired
	Consents consents;

	@Value("${dolbom.data-dir}")
	Path dataDir;

	private String newPerson(String name, String rrn) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("rrn", rrn);
		body.put("address", Map.of("orgUnitCode", "4415057000", "line", "신관동 동의로 1"));
		var created = api.as("demo.worker").post("/api/v1/persons", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private Api.Response upload(String personId, String fileName, byte[] content) {
		return api.as("demo.worker").perform(MockMvcRequestBuilders.multipart("/api/v1/persons/{id}/attachments", personId)
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", content)));
	}

	@Test
	void aSignedFormIsStoredEncryptedAndLinkedToTheConsent() throws Exception {
		var id = newPerson("서명인", "4501012000201");
		var uploaded = upload(id, "../../etc/동의서 스캔.pdf", PDF);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.json().get("fileName").asString()).isEqualTo("동의서 스캔.pdf");
		assertThat(uploaded.json().get("contentType").asString()).isEqualTo("application/pdf");
		var attachmentId = uploaded.json().get("id").asString();

		try (Stream<Path> files = Files.walk(dataDir.resolve("attachments"))) {
			var stored = files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().equals(attachmentId))
					.findFirst().orElseThrow();
			assertThat(new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
		}

		var consent = api.as("demo.worker").post("/api/v1/persons/{id}/consents",
				Map.of("scope", "CASE_MANAGEMENT", "givenOn", LocalDate.now().toString(), "attachmentId", attachmentId), id);
		assertThat(consent.status()).isEqualTo(201);
		assertThat(consents.hasValidConsent(PersonId.of(id), ConsentScope.CASE_MANAGEMENT, LocalDate.now())).isTrue();
		assertThat(consents.hasValidConsent(PersonId.of(id), ConsentScope.THIRD_PARTY_SHARING, LocalDate.now())).isFalse();

		var download = api.as("demo.lead").get("/api/v1/attachments/{id}", attachmentId);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).startsWith("%PDF-1.4");
		assertThat(api.as("demo.other").get("/api/v1/attachments/{id}", attachmentId).status()).isEqualTo(404);
	}

	@Test
	void anythingButPdfAndImagesIsRefused() {
		var id = newPerson("실행파일", "4602022000202");
		var exe = upload(id, "동의서.pdf", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0 });
		assertThat(exe.status()).isEqualTo(422);
		assertThat(exe.json().get("errors").get(0).get("message").asString()).contains("PDF");
		var html = upload(id, "form.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.status()).isEqualTo(422);
		assertThat(upload(id, "empty.pdf", new byte[0]).status()).isEqualTo(422);
	}

	@Test
	void anOversizedFormIsRefused() {
		var id = newPerson("큰파일", "4703032000203");
		var big = new byte[11 * 1024 * 1024];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		var response = upload(id, "big.pdf", big);
		assertThat(response.status()).isIn(413, 422);
	}

	@Test
	void aFormOfAnotherPersonCannotBeAttached() {
		var owner = newPerson("주인", "4804042000204");
		var other = newPerson("남의것", "4905052000205");
		var attachmentId = upload(owner, "a.pdf", PDF).json().get("id").asString();
		var response = api.as("demo.worker").post("/api/v1/persons/{id}/consents",
				Map.of("scope", "CASE_MANAGEMENT", "givenOn", LocalDate.now().toString(), "attachmentId", attachmentId),
				other);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("attachmentId");
	}
}
