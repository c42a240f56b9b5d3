package io.mercato.shared.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import io.mercato.shared.security.CurrentUserAccessor;
import io.mercato.shared.web.IdempotencyKeys.StoredAnswer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives the handlers marked {@link Idempotent} their {@code Idempotency-Key} behaviour
 * (the guarantees are listed there). It runs last among the filters, after Spring
 * Security's chain, so the caller is known and every earlier refusal (authentication,
 * rate limits, malformed input) comes first; requests without the header, and requests to
 * other handlers, pass through untouched.
 * <p>
 * A request with a key reads its body into memory, then runs in one transaction: it takes
 * the advisory lock of (caller, key) without waiting (409
 * {@code idempotency_key_in_progress} when another request holds it), looks the key up (a
 * replay, or 422 {@code idempotency_key_reused} for a different request), and otherwise
 * runs the handler into a buffer. The answer reaches the client only after the
 * transaction has ended: committed with the stored answer for a 2xx, rolled back when the
 * handler threw or the transaction is rollback-only or the answer is a 5xx. A failure of
 * the final flush or of the commit replaces the buffered answer by the problem it maps
 * to, so the client never sees a success that was not kept. Three statements are added to
 * a first request (lock, look-up, insert), two to a replay.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IdempotencyFilter extends OncePerRequestFilter {

	/**
	 * The headers by which guests prove what they hold (a cart, an order): part of an
	 * anonymous caller's scope.
	 */
	static final List<String> GUEST_CREDENTIAL_HEADERS = List.of("X-Cart-Token", "X-Order-Token");

	/** The request header. */
	static final String KEY_HEADER = "Idempotency-Key";

	/** The header that marks a replayed answer. */
	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

	private final ObjectProvider<RequestMappingHandlerMapping> handlerMapping;

	private final HandlerExceptionResolver exceptionResolver;

	private final IdempotencyKeys keys;

	private final CurrentUserAccessor currentUser;

	private final TransactionTemplate transactions;

	private final IdempotencyProperties properties;

	private final Clock clock;

	IdempotencyFilter(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlerMapping,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver, IdempotencyKeys keys,
			CurrentUserAccessor currentUser, PlatformTransactionManager transactionManager,
			IdempotencyProperties properties, Clock clock) {
		this.handlerMapping = handlerMapping;
		this.exceptionResolver = exceptionResolver;
		this.keys = keys;
		this.currentUser = currentUser;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		KeyHeader key = KeyHeader.of(request);
		if (!key.present() || !isIdempotent(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (key.value() == null) {
			refuse(request, response, HttpStatus.BAD_REQUEST, "invalid_idempotency_key",
					"The Idempotency-Key header must be one value of 1 to 255 visible ASCII characters.");
			return;
		}
		String scope = this.currentUser.find()
			.map((user) -> "user:" + user.id())
			.orElseGet(() -> "client:" + request.getRemoteAddr() + guestCredentials(request));
		BufferedRequest buffered = new BufferedRequest(request, request.getInputStream().readAllBytes());
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		Attempt attempt = new Attempt(scope, key.value(), requestHash(buffered), buffered, answer, chain);
		Outcome outcome;
		try {
			outcome = this.transactions.execute(attempt::run);
		}
		catch (ChainFailure ex) {
			throw ex.unwrap();
		}
		catch (RuntimeException ex) {
			if (!attempt.handled) {
				throw ex;
			}
			// the handler answered, but its answer could not be kept: the client must
			// not see a success that was rolled back
			outcome = Outcome.failed(ex);
		}
		switch (outcome.kind) {
			case IN_PROGRESS -> refuse(request, response, HttpStatus.CONFLICT, "idempotency_key_in_progress",
					"A request with this Idempotency-Key is still being processed; retry when it has finished.");
			case REUSED -> refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency_key_reused",
					"This Idempotency-Key was used for a different request; use a new key for a new request.");
			case REPLAY -> replay(outcome.stored, response);
			case ANSWERED -> answer.copyBodyToResponse();
			case FAILED -> {
				discardAnswer(response);
				answer(request, response, outcome.failure);
			}
		}
	}

	private boolean isIdempotent(HttpServletRequest request) {
		try {
			HandlerExecutionChain handler = this.handlerMapping.getObject().getHandler(request);
			return handler != null && handler.getHandler() instanceof HandlerMethod method
					&& method.hasMethodAnnotation(Idempotent.class);
		}
		catch (Exception ex) {
			// no handler for this method or media type: the dispatcher answers that
			return false;
		}
	}

	/**
	 * SHA-256 of what makes two requests the same: method, path with query, body bytes.
	 */
	/**
	 * Returns the hash of the guest credentials a request carries, so that two guests
	 * behind one address (a carrier's gateway, an office proxy) who pick the same key
	 * never see each other's answers; empty for a request with none.
	 */
	private static String guestCredentials(HttpServletRequest request) {
		MessageDigest digest = IdempotencyKeys.sha256();
		boolean any = false;
		for (String header : GUEST_CREDENTIAL_HEADERS) {
			String value;
			try {
				value = request.getHeader(header);
			}
			catch (RequestRejectedException ex) {
				value = null;
			}
			if (value != null) {
				digest.update((header + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
				any = true;
			}
		}
		return any ? ":" + HexFormat.of().formatHex(digest.digest()) : "";
	}

	private static byte[] requestHash(BufferedRequest request) {
		MessageDigest digest = IdempotencyKeys.sha256();
		String query = request.getQueryString();
		String target = request.getMethod() + " " + request.getRequestURI() + ((query != null) ? "?" + query : "");
		digest.update(target.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) '\n');
		digest.update(request.body);
		return digest.digest();
	}

	private static void replay(StoredAnswer stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		if (stored.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, stored.etag());
		}
		response.setHeader(REPLAYED_HEADER, "true");
		response.setContentLength(stored.body().length);
		response.getOutputStream().write(stored.body());
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String detail) throws IOException {
		ErrorResponseException refusal = new ErrorResponseException(status, Problems.of(status, code, detail), null);
		if (status == HttpStatus.CONFLICT) {
			refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
		}
		answer(request, response, refusal);
	}

	/**
	 * Answers with the problem the shared exception handling maps the exception to, as if
	 * a controller had thrown it.
	 */
	private void answer(HttpServletRequest request, HttpServletResponse response, Exception ex) throws IOException {
		if (this.exceptionResolver.resolveException(request, response, null, ex) == null) {
			response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
	}

	/**
	 * Clears the status and the headers the handler set, keeping those set before it (the
	 * request id, CORS), so that a problem can take the answer's place.
	 */
	private static void discardAnswer(HttpServletResponse response) {
		Map<String, List<String>> earlier = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!KEPT_HEADERS.contains(name) && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
					&& !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				earlier.put(name, new ArrayList<>(response.getHeaders(name)));
			}
		}
		response.reset();
		earlier.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
	}

	/**
	 * One request with a key, inside its transaction.
	 */
	private final class Attempt {

		private final String scope;

		private final String key;

		private final byte[] requestHash;

		private final BufferedRequest request;

		private final ContentCachingResponseWrapper answer;

		private final FilterChain chain;

		/** Whether the handler has answered into the buffer. */
		private boolean handled;

		Attempt(String scope, String key, byte[] requestHash, BufferedRequest request,
				ContentCachingResponseWrapper answer, FilterChain chain) {
			this.scope = scope;
			this.key = key;
			this.requestHash = requestHash;
			this.request = request;
			this.answer = answer;
			this.chain = chain;
		}

		Outcome run(TransactionStatus transaction) {
			IdempotencyKeys keys = IdempotencyFilter.this.keys;
			if (!keys.tryLock(this.scope, this.key)) {
				transaction.setRollbackOnly();
				return Outcome.IN_PROGRESS;
			}
			// read committed: the look-up sees the answer of a request that held the
			// lock until its commit; under a stricter isolation the primary key still
			// refuses a second answer, rolling the duplicate back
			Instant now = IdempotencyFilter.this.clock.instant();
			Optional<StoredAnswer> stored = keys.findLive(this.scope, this.key, now);
			if (stored.isPresent()) {
				return Arrays.equals(stored.get().requestHash(), this.requestHash) ? Outcome.replay(stored.get())
						: Outcome.REUSED;
			}
			try {
				this.chain.doFilter(this.request, this.answer);
			}
			catch (IOException | ServletException ex) {
				throw new ChainFailure(ex);
			}
			this.handled = true;
			int status = this.answer.getStatus();
			boolean threw = this.request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) != null;
			boolean success = status >= 200 && status < 300;
			if (success && !threw && transaction.isRollbackOnly()) {
				// the handler caught a refusal that had marked the transaction and
				// answered a success anyway: nothing it wrote is kept, so neither is
				// its answer
				transaction.setRollbackOnly();
				return Outcome.failed(new IllegalStateException(
						"The handler answered " + status + " but its transaction was marked rollback-only"));
			}
			if (threw || status >= 500 || transaction.isRollbackOnly()) {
				transaction.setRollbackOnly();
				return Outcome.ANSWERED;
			}
			try {
				// writes still pending in the persistence context fail here, while the
				// answer can still be replaced by the problem they map to
				transaction.flush();
			}
			catch (RuntimeException ex) {
				transaction.setRollbackOnly();
				return Outcome.failed(ex);
			}
			if (success) {
				keys.save(this.scope, this.key,
						new StoredAnswer(this.requestHash, status, this.answer.getContentType(),
								this.answer.getHeader(HttpHeaders.LOCATION), this.answer.getHeader(HttpHeaders.ETAG),
								this.answer.getContentAsByteArray()),
						now, now.plus(IdempotencyFilter.this.properties.ttl()));
			}
			return Outcome.ANSWERED;
		}

	}

	/**
	 * The request's {@code Idempotency-Key} header: absent, or present with its key,
	 * which is {@code null} when the header is not one valid key (also when the firewall
	 * refuses its characters).
	 */
	private record KeyHeader(boolean present, String value) {

		static KeyHeader of(HttpServletRequest request) {
			List<String> values;
			try {
				values = Collections.list(request.getHeaders(KEY_HEADER));
			}
			catch (RequestRejectedException ex) {
				return new KeyHeader(true, null);
			}
			if (values.isEmpty()) {
				return new KeyHeader(false, null);
			}
			boolean valid = values.size() == 1 && VALID_KEY.matcher(values.get(0)).matches();
			return new KeyHeader(true, valid ? values.get(0) : null);
		}

	}

	private enum Kind {

		IN_PROGRESS, REUSED, REPLAY, ANSWERED, FAILED

	}

	private static final class Outcome {

		static final Outcome IN_PROGRESS = new Outcome(Kind.IN_PROGRESS, null, null);

		static final Outcome REUSED = new Outcome(Kind.REUSED, null, null);

		static final Outcome ANSWERED = new Outcome(Kind.ANSWERED, null, null);

		private final Kind kind;

		private final StoredAnswer stored;

		private final Exception failure;

		private Outcome(Kind kind, StoredAnswer stored, Exception failure) {
			this.kind = kind;
			this.stored = stored;
			this.failure = failure;
		}

		static Outcome replay(StoredAnswer stored) {
			return new Outcome(Kind.REPLAY, stored, null);
		}

		static Outcome failed(Exception failure) {
			return new Outcome(Kind.FAILED, null, failure);
		}

	}

	/**
	 * Carries a checked exception of the filter chain through the transaction template,
	 * which rolls back on it.
	 */
	private static final class ChainFailure extends RuntimeException {

		ChainFailure(Exception cause) {
			super(cause);
		}

		ServletException unwrap() throws IOException {
			if (getCause() instanceof IOException io) {
				throw io;
			}
			return (ServletException) getCause();
		}

	}

	/**
	 * The request with its body read once, served to the handler from memory.
	 */
	private static final class BufferedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					// the whole body is in memory: it is available at once, and then all
					// read
					try {
						listener.onDataAvailable();
						listener.onAllDataRead();
					}
					catch (IOException ex) {
						listener.onError(ex);
					}
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
