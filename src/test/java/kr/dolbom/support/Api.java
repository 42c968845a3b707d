package kr.dolbom.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import kr.dolbom.org.DemoOrg;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the REST API as a given user, through the real security filters, with real bearer tokens. */
@TestComponent
public class Api {

	private final MockMvc mvc;
	private final JsonMapper json;
	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	Api(MockMvc mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	public record Response(int status, String body, JsonNode json, String contentType) {
	}

	/** Requests with a token of a demo user (password {@link DemoOrg#PASSWORD}). */
	public Caller as(String username) {
		return new Caller(tokens.computeIfAbsent(username, u -> tokenFor(u, DemoOrg.PASSWORD)));
	}

	/**
	 * Drops the cached token of a user whose tokens a test revoked (locking, disabling), so that
	 * later tests sharing this context sign in again instead of getting 401.
	 */
	public void forget(String username) {
		tokens.remove(username);
	}

	public Caller withToken(String token) {
		return new Caller(token);
	}

	public Caller anonymous() {
		return new Caller(null);
	}

	public String tokenFor(String username, String password) {
		var response = login(username, password);
		if (response.status() != 200) {
			throw new IllegalStateException("login of " + username + " failed: " + response.body());
		}
		return response.json().get("token").asString();
	}

	public Response login(String username, String password) {
		return anonymous().post("/api/v1/auth/token", Map.of("username", username, "password", password));
	}

	public String toJson(Object body) {
		return json.writeValueAsString(body);
	}

	public final class Caller {

		private final String token;

		Caller(String token) {
			this.token = token;
		}

		public Response get(String path, Object... uriVariables) {
			return perform(MockMvcRequestBuilders.get(path, uriVariables));
		}

		public Response post(String path, Object body, Object... uriVariables) {
			var request = MockMvcRequestBuilders.post(path, uriVariables);
			return perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(toJson(body)));
		}

		public Response postRaw(String path, String rawBody) {
			return perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(rawBody));
		}

		public Response put(String path, Object body, Object... uriVariables) {
			return perform(MockMvcRequestBuilders.put(path, uriVariables).contentType(MediaType.APPLICATION_JSON)
					.content(toJson(body)));
		}

		public Response perform(AbstractMockHttpServletRequestBuilder<?> request) {
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			try {
				MvcResult result = mvc.perform(request).andReturn();
				var response = result.getResponse();
				var body = response.getContentAsString(StandardCharsets.UTF_8);
				JsonNode node = body.isBlank() || !(response.getContentType() != null
						&& response.getContentType().contains("json")) ? null : json.readTree(body);
				return new Response(response.getStatus(), body, node, response.getContentType());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
	}

}
