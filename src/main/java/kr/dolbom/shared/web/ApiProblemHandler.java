package kr.dolbom.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.NotFoundException;
import kr.dolbom.shared.StaleVersionException;
import kr.dolbom.shared.ValidationFailed;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of the REST API into an RFC 9457 problem with a {@code code} property, as
 * api.md requires. Messages are in the caller's language; nothing personal is ever echoed back.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final Messages messages;

	ApiProblemHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", messages.get("problem.not-found"));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noResource(NoResourceFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", messages.get("problem.not-found"));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ProblemDetail forbidden(RuntimeException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", messages.get("problem.forbidden"));
	}

	@ExceptionHandler(StaleVersionException.class)
	ProblemDetail stale(StaleVersionException e) {
		return problem(HttpStatus.CONFLICT, "stale-version", messages.get("rule.stale-version"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail optimisticLock(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "stale-version", messages.get("rule.stale-version"));
	}

	@ExceptionHandler(DomainRuleViolation.class)
	ProblemDetail ruleViolation(DomainRuleViolation e) {
		var problem = problem(HttpStatus.CONFLICT, e.code(), messages.get(e.messageKey(), e.arguments()));
		e.details().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(ValidationFailed.class)
	ProblemDetail validation(ValidationFailed e) {
		var errors = e.problems().stream()
				.map(p -> Map.of("field", p.field(), "message", messages.get(p.messageKey(), p.arguments())))
				.toList();
		return unprocessable(errors);
	}

	@ExceptionHandler(BindException.class) // also MethodArgumentNotValidException
	ProblemDetail beanValidation(BindException e) {
		List<Map<String, String>> errors = new ArrayList<>();
		e.getFieldErrors().forEach(f -> errors.add(Map.of("field", f.getField(),
				"message", f.getDefaultMessage() == null ? messages.get("validation.invalid") : f.getDefaultMessage())));
		e.getGlobalErrors().forEach(g -> errors.add(Map.of("field", g.getObjectName(),
				"message", g.getDefaultMessage() == null ? messages.get("validation.invalid") : g.getDefaultMessage())));
		return unprocessable(errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return unprocessable(List.of(Map.of("field", e.getName(), "message", messages.get("validation.invalid"))));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException e) {
		return unprocessable(List.of(Map.of("field", e.getParameterName(), "message", messages.get("validation.required"))));
	}

	/**
	 * Malformed JSON is a 400; well-formed JSON with a value of the wrong type or an unknown enum
	 * constant is a 422 naming the field.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			var field = jackson.getPath().stream()
					.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
					.collect(Collectors.joining(".")).replace(".[", "[");
			return unprocessable(List.of(Map.of("field", field, "message", messages.get("validation.invalid"))));
		}
		return problem(HttpStatus.BAD_REQUEST, "malformed-request", messages.get("problem.malformed-request"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", messages.get("problem.method-not-allowed"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", messages.get("problem.unsupported-media-type"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", messages.get("problem.upload-too-large"));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		// The stack trace goes to the log; the response says nothing about internals.
		log.error("Unexpected error in API request", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", messages.get("problem.internal-error"));
	}

	private ProblemDetail unprocessable(List<Map<String, String>> errors) {
		var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed", messages.get("problem.validation-failed"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
		return Problems.of(status, code, detail);
	}

}
