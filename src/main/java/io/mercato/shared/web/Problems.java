package io.mercato.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem bodies every error response carries. Modules map their own
 * exceptions with these in their own {@code @RestControllerAdvice}; the {@code instance}
 * and {@code request_id} members are added to every problem on its way out.
 * <p>
 * A problem's {@code code} is its stable, machine-readable name
 * ({@code insufficient_stock}); its {@code type} is {@code urn:mercato:problem:<code>}.
 */
public final class Problems {

	/** Problem member with the stable code. */
	public static final String CODE = "code";

	/** Problem member with the request id. */
	public static final String REQUEST_ID = "request_id";

	/** Problem member listing the rejected fields. */
	public static final String ERRORS = "errors";

	/** Code of bean-validation and input-format failures. */
	public static final String VALIDATION_FAILED = "validation_failed";

	static final String TYPE_PREFIX = "urn:mercato:problem:";

	private Problems() {
	}

	/**
	 * Returns a problem with the given status, code and human-readable detail.
	 * @param status the HTTP status
	 * @param code the stable code, snake_case
	 * @param detail what happened in this occurrence, safe to show to the caller
	 * @return the problem
	 */
	public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + code));
		problem.setProperty(CODE, code);
		return problem;
	}

	/**
	 * Returns a 400 {@code validation_failed} problem listing the rejected fields.
	 * @param errors the rejected fields, at least one
	 * @return the problem
	 */
	public static ProblemDetail invalid(List<InvalidField> errors) {
		return invalid(VALIDATION_FAILED, "The request has invalid fields; see errors.", errors);
	}

	/**
	 * Returns a 400 problem with its own code listing the rejected fields.
	 * @param code the stable code
	 * @param detail the summary
	 * @param errors the rejected fields
	 * @return the problem
	 */
	public static ProblemDetail invalid(String code, String detail, List<InvalidField> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, code, detail);
		problem.setProperty(ERRORS, List.copyOf(errors));
		return problem;
	}

	/**
	 * Returns the code a problem without one gets from its status, such as
	 * {@code not_found}.
	 * @param status the status
	 * @return the default code
	 */
	static String defaultCode(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.name().toLowerCase(Locale.ROOT) : "http_" + status;
	}

}
