package kr.dolbom.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Responses for printed forms and exported files: the right content type, a file name (Korean names
 * as RFC 6266 {@code filename*}), and {@code Cache-Control: no-store} — personal data must not stay in
 * a shared browser or proxy cache.
 */
public final class Downloads {

	public static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	/** A PDF shown in the browser (to print), named for saving. */
	public static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
		return file(MediaType.APPLICATION_PDF, ContentDisposition.inline(), fileName, content);
	}

	/** An Excel file to save. */
	public static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
		return file(XLSX, ContentDisposition.attachment(), fileName, content);
	}

	private static ResponseEntity<byte[]> file(MediaType type, ContentDisposition.Builder disposition, String fileName,
			byte[] content) {
		var headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(disposition.filename(fileName, StandardCharsets.UTF_8).build());
		headers.setCacheControl("no-store");
		headers.setContentLength(content.length);
		return ResponseEntity.ok().headers(headers).body(content);
	}
}
