package io.mercato.shared.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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

	/**
	 * The largest request body accepted (1 MiB): every body of this API is a small JSON
	 * document, and a larger one is refused before it is read into memory.
	 */
	static final int MAX_BODY_BYTES = 1024 * 1024;

	private final HandlerExceptionResolver exceptionResolver;

	RequestInputFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
		this.exceptionResolver = exceptionResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Exception refusal = refusal(request);
		HttpServletRequest checked = request;
		if (refusal == null && hasBody(request)) {
			// refused before anything reads it: a body without a length is read here, up
			// to the limit, so that no handler or filter ever holds more of it in memory
			if (request.getContentLengthLong() > MAX_BODY_BYTES) {
				refusal = tooLarge();
			}
			else if (request.getContentLengthLong() < 0) {
				byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
				if (body.length > MAX_BODY_BYTES) {
					refusal = tooLarge();
				}
				else {
					checked = new BufferedBodyRequest(request, body);
				}
			}
		}
		if (refusal != null) {
			if (this.exceptionResolver.resolveException(request, response, null, refusal) == null) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
			return;
		}
		chain.doFilter(checked, response);
	}

	private static Exception tooLarge() {
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, Problems.of(HttpStatus.CONTENT_TOO_LARGE,
				"payload_too_large", "The request body is larger than the " + MAX_BODY_BYTES + " bytes accepted."),
				null);
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
		if (contentType.isWildcardType() || contentType.isWildcardSubtype()) {
			return new HttpMediaTypeNotSupportedException(contentType, List.of(MediaType.APPLICATION_JSON),
					HttpMethod.valueOf(request.getMethod()));
		}
		// JSON is UTF-8 (RFC 8259 §8.1): a body declared in another charset would be
		// decoded as that charset, and its text stored garbled
		String charset = contentType.getParameter("charset");
		if (charset != null && !"utf-8".equalsIgnoreCase(charset.replace("\"", "").strip())) {
			return new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.of(
					HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
					"A body in a charset other than UTF-8 is not supported here; send application/json " + "in UTF-8."),
					null);
		}
		return null;
	}

	/**
	 * Whether the request carries a body, as its framing says: an action without one (a
	 * logout, a verification) is not refused for the type of a body it does not send.
	 */
	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	/**
	 * A request whose body was read ahead, served from memory.
	 */
	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException("The body was read ahead; it cannot be read asynchronously");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
