package io.mercato.shared.web;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import io.mercato.shared.domain.DomainException;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.RateLimitExceededException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.core.MethodParameter;
import org.springframework.validation.method.ParameterErrors;

/**
 * The one mapping of exceptions to problems: every module's {@link DomainException} by
 * its kind of refusal, Spring MVC's own errors with field-level detail, authentication
 * and authorization failures, rate limits, optimistic-lock conflicts, and anything
 * unexpected as a 500 that shows nothing of the internals. Modules declare how they
 * refuse in their exceptions and need no advice of their own.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final SnakeCase SNAKE_CASE = new SnakeCase();

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(Problems.invalid(fieldErrors(ex.getBindingResult())), headers);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidField> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			if (result instanceof ParameterErrors parameterErrors) {
				errors.addAll(fieldErrors(parameterErrors));
				return;
			}
			String name = parameterName(result.getMethodParameter());
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				errors.add(new InvalidField(name, error.getDefaultMessage()));
			}
		});
		return problem(Problems.invalid(errors), headers);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(unreadableBody(jacksonCause(ex)), headers);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch)
				? parameterName(mismatch.getParameter()) : ex.getPropertyName();
		String message = (ex.getMostSpecificCause() instanceof IllegalArgumentException cause
				&& ex.getRequiredType() == Money.class) ? cause.getMessage()
						: "must be " + describe(ex.getRequiredType());
		return problem(Problems.invalid(List.of(new InvalidField(name, message))), headers);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(Problems.invalid(List.of(new InvalidField(ex.getParameterName(), "is required"))), headers);
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof MissingRequestHeaderException missing) {
			return problem(Problems.invalid(List.of(new InvalidField(missing.getHeaderName(), "is required"))),
					headers);
		}
		return problem(Problems.of(HttpStatus.BAD_REQUEST, "bad_request", "The request is missing a required part."),
				headers);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(notFound(ex.getHttpMethod().name(), "/" + ex.getResourcePath()), headers);
	}

	@Override
	protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(notFound(ex.getHttpMethod(), ex.getRequestURL()), headers);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String supported = (ex.getSupportedMethods() != null) ? String.join(", ", ex.getSupportedMethods()) : "none";
		return problem(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
				ex.getMethod() + " is not supported here; supported: " + supported + "."), headers);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String sent = (ex.getContentType() != null) ? "'" + ex.getContentType() + "'" : "A missing content type";
		return problem(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
				sent + " is not supported here; send application/json."), headers);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(Problems.of(HttpStatus.NOT_ACCEPTABLE, "not_acceptable",
				"This endpoint answers application/json; the Accept header excludes it."), headers);
	}

	@ExceptionHandler(DomainException.class)
	ProblemDetail refused(DomainException ex) {
		ProblemDetail problem = Problems.of(status(ex.refusal()), ex.code(), ex.getMessage());
		ex.details().forEach(problem::setProperty);
		return problem;
	}

	static HttpStatus status(DomainException.Refusal refusal) {
		return switch (refusal) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
			case UPSTREAM_FAILED -> HttpStatus.BAD_GATEWAY;
		};
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, OptimisticLockException.class })
	ProblemDetail concurrentModification(Exception ex) {
		return Problems.of(HttpStatus.CONFLICT, "concurrent_modification",
				"Someone else changed this resource since it was read; read it again and retry.");
	}

	/**
	 * The database chose this request to end a deadlock, or a lock it waited for was not
	 * granted in time: everything it did was rolled back, and the same request sent again
	 * normally succeeds.
	 */
	@ExceptionHandler({ PessimisticLockingFailureException.class, PessimisticLockException.class,
			LockTimeoutException.class })
	ResponseEntity<ProblemDetail> lockNotGranted(Exception ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problems.of(HttpStatus.CONFLICT, "concurrent_modification",
					"Another request held what this one needed; nothing was changed, send it again."));
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail authenticationRequired(AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException) {
			return Problems.of(HttpStatus.UNAUTHORIZED, "invalid_token",
					"The access token is invalid, expired or revoked; log in or refresh it.");
		}
		return unauthorized();
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || this.trustResolver.isAnonymous(authentication)) {
			return unauthorized();
		}
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this request.");
	}

	@ExceptionHandler(RateLimitExceededException.class)
	ResponseEntity<ProblemDetail> tooManyRequests(RateLimitExceededException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", ex.getMessage()));
	}

	/**
	 * A value the database cannot store (SQLState class 22: a NUL character, a number or
	 * date out of range) is the client's mistake wherever validation missed it; a broken
	 * constraint is a defect of the code that should have checked it.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail dataIntegrityViolation(DataIntegrityViolationException ex, HttpServletRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return Problems.of(HttpStatus.BAD_REQUEST, "invalid_value",
						"A value in the request cannot be stored: it is out of range or contains a character "
								+ "that is not allowed.");
			}
		}
		return unexpected(ex, request);
	}

	/**
	 * A header whose value holds control characters, which the security firewall refuses
	 * when a handler reads it ({@code X-Cart-Token}, {@code Idempotency-Key}).
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail requestRejected(RequestRejectedException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid_header",
				"A header of the request holds characters that are not allowed, such as control characters.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
		logUnexpected(request.getMethod() + " " + request.getRequestURI(), ex);
		return internalError();
	}

	/**
	 * Logs a failure nobody expected. A database failure is logged by its SQL state and
	 * the constraint, table and code location involved, never by its message: the
	 * driver's and Hibernate's messages carry the whole statement and the row's values,
	 * which have no place in a log. Anything else is logged in full, with its stack
	 * trace.
	 * @param request what was being answered ({@code POST /api/v1/…})
	 * @param ex the failure
	 */
	static void logUnexpected(String request, Throwable ex) {
		SQLException sql = sqlCause(ex);
		if (sql == null) {
			log.error("Unexpected error answering {}", request, ex);
			return;
		}
		ServerErrorMessage server = (sql instanceof PSQLException psql) ? psql.getServerErrorMessage() : null;
		String constraint = (server != null) ? server.getConstraint() : null;
		String table = (server != null && server.getTable() != null) ? server.getSchema() + "." + server.getTable()
				: null;
		log.error("Database error answering {}: SQL state {}{}{} ({} at {})", request, sql.getSQLState(),
				(constraint != null) ? ", constraint " + constraint : "", (table != null) ? ", table " + table : "",
				ex.getClass().getName(), origin(ex));
	}

	private static SQLException sqlCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return sql;
			}
		}
		return null;
	}

	/**
	 * The application's own code that led to the failure, in place of the stack trace
	 * that would print the messages.
	 */
	private static String origin(Throwable ex) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = ex; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		// the deepest cause was thrown closest to the code that ran the statement
		Collections.reverse(chain);
		for (Throwable cause : chain) {
			for (StackTraceElement frame : cause.getStackTrace()) {
				if (frame.getClassName().startsWith("io.mercato.")) {
					return frame.toString();
				}
			}
		}
		return "an unknown place";
	}

	static ProblemDetail unauthorized() {
		return Problems.of(HttpStatus.UNAUTHORIZED, "authentication_required",
				"This request needs a valid access token (Authorization: Bearer …).");
	}

	static ProblemDetail internalError() {
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
				"An unexpected error occurred. It has been logged; quote the request_id when reporting it.");
	}

	static ProblemDetail notFound(String method, String path) {
		return Problems.of(HttpStatus.NOT_FOUND, "not_found", "There is no endpoint " + method + " " + path + ".");
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<InvalidField> errors = ex.getConstraintViolations().stream().map((violation) -> {
			String field = null;
			for (Path.Node node : violation.getPropertyPath()) {
				field = node.getName();
			}
			return new InvalidField((field != null) ? SNAKE_CASE.of(field) : "request", violation.getMessage());
		}).toList();
		return Problems.invalid(errors);
	}

	private static JacksonException jacksonCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	private static ProblemDetail unreadableBody(JacksonException cause) {
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return Problems.invalid("unknown_property", "The request has properties this endpoint does not accept.",
					List.of(new InvalidField(jsonPath(unknown), "is not a known property")));
		}
		if (cause instanceof ValueInstantiationException invalid
				&& invalid.getCause() instanceof IllegalArgumentException) {
			return Problems.invalid(List.of(new InvalidField(jsonPath(invalid), invalid.getCause().getMessage())));
		}
		if (cause instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
				&& ControlCharacters.in(text)) {
			return ControlCharacters.refusal(List.of(new InvalidField(jsonPath(invalid), ControlCharacters.MESSAGE)));
		}
		if (cause instanceof InvalidFormatException invalid) {
			return Problems
				.invalid(List.of(new InvalidField(jsonPath(invalid), "must be " + describe(invalid.getTargetType()))));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return Problems.invalid(
					List.of(new InvalidField(jsonPath(mismatch), "must be " + describe(mismatch.getTargetType()))));
		}
		if (cause instanceof InputCoercionException tooLarge && !tooLarge.getPath().isEmpty()) {
			// valid JSON, a number too large for its field (a quantity of 2^31)
			return Problems.invalid(
					List.of(new InvalidField(jsonPath(tooLarge), "must be " + describe(tooLarge.getTargetType()))));
		}
		if (cause != null) {
			return Problems.of(HttpStatus.BAD_REQUEST, "malformed_json", "The request body is not valid JSON.");
		}
		return Problems.of(HttpStatus.BAD_REQUEST, "malformed_json",
				"The request body is missing or cannot be read as JSON.");
	}

	private static List<InvalidField> fieldErrors(Errors errors) {
		List<InvalidField> fields = new ArrayList<>();
		for (FieldError error : errors.getFieldErrors()) {
			String message = error.isBindingFailure() ? "has an invalid value" : error.getDefaultMessage();
			fields.add(new InvalidField(snakeCasePath(error.getField()), message));
		}
		errors.getGlobalErrors()
			.forEach((error) -> fields
				.add(new InvalidField(snakeCasePath(error.getObjectName()), error.getDefaultMessage())));
		return fields;
	}

	/**
	 * Translates a Java property path ({@code items[0].unitPrice}) into the JSON one
	 * ({@code items[0].unit_price}), keeping indexes and keys.
	 */
	static String snakeCasePath(String path) {
		return Arrays.stream(path.split("\\.")).map((segment) -> {
			int bracket = segment.indexOf('[');
			String name = (bracket >= 0) ? segment.substring(0, bracket) : segment;
			String rest = (bracket >= 0) ? segment.substring(bracket) : "";
			return SNAKE_CASE.of(name) + rest;
		}).collect(Collectors.joining("."));
	}

	private static String jsonPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String parameterName(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null && !requestParam.name().isEmpty()) {
			return requestParam.name();
		}
		PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
		if (pathVariable != null && !pathVariable.name().isEmpty()) {
			return pathVariable.name();
		}
		RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
		if (requestHeader != null && !requestHeader.name().isEmpty()) {
			return requestHeader.name();
		}
		String name = parameter.getParameterName();
		return (name != null) ? SNAKE_CASE.of(name) : "parameter";
	}

	/**
	 * Names the expected kind of value in words, never a Java class name.
	 */
	static String describe(Class<?> type) {
		if (type == null) {
			return "a value of another kind";
		}
		if (type == UUID.class) {
			return "a UUID";
		}
		if (type == Money.class) {
			return "a decimal amount such as \"10.50\"";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == Instant.class || type == OffsetDateTime.class) {
			return "an ISO-8601 timestamp such as \"2026-01-31T12:00:00Z\", of the years 0001 to 9999";
		}
		if (type == LocalDate.class) {
			return "a date such as \"2026-01-31\"";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (type == String.class) {
			return "a string";
		}
		if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
			return "an array";
		}
		return "an object";
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers) {
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

	/**
	 * The naming rule of the JSON mapper, applied to Java names in error paths.
	 */
	private static final class SnakeCase extends PropertyNamingStrategies.SnakeCaseStrategy {

		String of(String javaName) {
			return translate(javaName);
		}

	}

}
