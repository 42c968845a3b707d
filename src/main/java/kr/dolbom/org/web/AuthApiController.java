package kr.dolbom.org.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import kr.dolbom.org.security.ApiLogin;
import kr.dolbom.shared.web.Messages;
import kr.dolbom.shared.web.Problems;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthApiController {

	private final ApiLogin login;
	private final Messages messages;

	AuthApiController(ApiLogin login, Messages messages) {
		this.login = login;
		this.messages = messages;
	}

	record TokenRequest(@NotBlank(message = "{validation.required}") String username,
			@NotBlank(message = "{validation.required}") String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	@PostMapping("/token")
	@Operation(summary = "Exchange username and password for a bearer token",
			description = "Wrong credentials: 401. Locked account (5 consecutive failures): 423.")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		var issued = login.login(request.username(), request.password());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	@ExceptionHandler(ApiLogin.LoginRefused.class)
	ProblemDetail refused(ApiLogin.LoginRefused refused) {
		return switch (refused.refusal()) {
			case LOCKED -> problem(HttpStatus.LOCKED, "account-locked");
			case DISABLED -> problem(HttpStatus.UNAUTHORIZED, "account-disabled");
			case PASSWORD_CHANGE_REQUIRED -> problem(HttpStatus.FORBIDDEN, "password-change-required");
			case BAD_CREDENTIALS -> problem(HttpStatus.UNAUTHORIZED, "bad-credentials");
		};
	}

	private ProblemDetail problem(HttpStatus status, String code) {
		return Problems.of(status, code, messages.get("problem." + code));
	}
}
