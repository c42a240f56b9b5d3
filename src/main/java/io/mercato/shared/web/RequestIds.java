package io.mercato.shared.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.mercato.shared.domain.Ids;

/**
 * The request id that ties a response to its log lines: taken from the caller's
 * {@code X-Request-Id} when it is a plain token, generated otherwise.
 */
public final class RequestIds {

	/** The request and response header. */
	public static final String HEADER = "X-Request-Id";

	/** The MDC key under which every log line of the request carries it. */
	public static final String MDC_KEY = "request_id";

	static final String ATTRIBUTE = RequestIds.class.getName();

	// a caller's id goes into logs and headers verbatim, so only harmless characters pass
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private RequestIds() {
	}

	/**
	 * Returns the id of the request being handled, or {@code null} outside a request.
	 * @param request the current request
	 * @return its id
	 */
	public static String of(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return (id != null) ? id.toString() : null;
	}

	static String acceptOrGenerate(String requested) {
		return (requested != null && ACCEPTED.matcher(requested).matches()) ? requested : Ids.newId().toString();
	}

}
