package kr.dolbom.shared.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problems with the {@code code} property api.md promises. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:dolbom:problem:" + code));
		problem.setProperty("code", code);
		return problem;
	}
}
