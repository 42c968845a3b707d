package kr.dolbom.shared.web;

import java.io.IOException;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem+json bodies from places that run before a controller (security filters), so
 * that a 401, 403 or 423 looks exactly like the errors the controllers produce.
 */
@Component
public class ProblemResponses {

	private final JsonMapper json;
	private final Messages messages;

	ProblemResponses(JsonMapper json, Messages messages) {
		this.json = json;
		this.messages = messages;
	}

	public void write(HttpServletResponse response, HttpStatusCode status, String code, String messageKey)
			throws IOException {
		var problem = Problems.of(status, code, messages.get(messageKey));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
