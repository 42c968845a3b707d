package kr.dolbom.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import jakarta.servlet.http.Cookie;

/** A downloaded file (printed form or export) as tests read it: status, headers, bytes, text. */
public record Downloaded(int status, String contentType, String disposition, String cacheControl, byte[] bytes) {

	/** GET through the real filters, with a bearer token (API) or a session cookie (pages). */
	public static Downloaded get(MockMvc mvc, String token, Cookie session, String path, Object... uriVariables) {
		try {
			var request = MockMvcRequestBuilders.get(path, uriVariables);
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			if (session != null) {
				request.cookie(session);
			}
			var response = mvc.perform(request).andReturn().getResponse();
			return new Downloaded(response.getStatus(), response.getContentType(),
					response.getHeader("Content-Disposition"), response.getHeader("Cache-Control"),
					response.getContentAsByteArray());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The text of every page, as PDFBox extracts it (so it proves the glyphs map back to Korean). */
	public String pdfText() {
		return pdfText(bytes);
	}

	public static String pdfText(byte[] pdf) {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Workbook workbook() {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
