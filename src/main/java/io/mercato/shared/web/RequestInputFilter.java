package io.mercato.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses, before any module sees the request, what the servlet stack would otherwise
 * turn into a 500 deep inside a controller: a query string that is not valid
 * percent-encoded UTF-8 (400 {@code malformed_query}), a query parameter with control
 * characters (400 {@code invalid_value} naming the parameter, the rule of
 * {@link ControlCharacters}) and a wildcard {@code Content-Type} such as
 * {@code *}{@code /*} on a request with a body (415). The refusals are problems built by
 * the shared exception handling, as from a controller.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestInputFilter extends OncePerRequestFilter {

	private final HandlerExceptionResolver exceptionResolver;

	RequestInputFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
		this.exceptionResolver = exceptionResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Exception refusal = refusal(request);
		if (refusal != null) {
			if (this.exceptionResolver.resolveException(request, response, null, refusal) == null) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static Exception refusal(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			return new ErrorResponseException(HttpStatus.BAD_REQUEST,
					Problems.of(HttpStatus.BAD_REQUEST, "malformed_query",
							"The query string is not valid: each % must be followed by two hex digits, "
									+ "and the bytes they encode must be UTF-8."),
					ex);
		}
		List<InvalidField> invalid = new ArrayList<>();
		parameters.forEach((name, values) -> {
			boolean refused = ControlCharacters.in(name);
			for (String value : values) {
				refused |= ControlCharacters.in(value);
			}
			if (refused) {
				// a name that is itself refused must not be echoed back either
				invalid.add(new InvalidField(ControlCharacters.in(name) ? "query" : name, ControlCharacters.MESSAGE));
			}
		});
		if (!invalid.isEmpty()) {
			return new ErrorResponseException(HttpStatus.BAD_REQUEST, ControlCharacters.refusal(invalid), null);
		}
		return wildcardContentType(request);
	}

	/**
	 * A wildcard names no format the body could be read in; Spring refuses it with an
	 * {@link IllegalArgumentException} when it reads the headers, which would surface as
	 * a 500.
	 */
	private static Exception wildcardContentType(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
		if (header == null || !hasBody(request)) {
			return null;
		}
		MediaType contentType;
		try {
			contentType = MediaType.parseMediaType(header);
		}
		catch (InvalidMediaTypeException ex) {
			// Spring answers an unparsable type with 415 by itself
			return null;
		}
		if (!contentType.isWildcardType() && !contentType.isWildcardSubtype()) {
			return null;
		}
		return new HttpMediaTypeNotSupportedException(contentType, List.of(MediaType.APPLICATION_JSON),
				HttpMethod.valueOf(request.getMethod()));
	}

	/**
	 * Whether the request carries a body, as its framing says: an action without one (a
	 * logout, a verification) is not refused for the type of a body it does not send.
	 */
	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

}
