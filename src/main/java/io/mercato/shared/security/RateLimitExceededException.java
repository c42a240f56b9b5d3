package io.mercato.shared.security;

/**
 * A request over one of the {@link RateLimiter}'s limits. The API answers it with 429
 * {@code too_many_requests} and a {@code Retry-After} header.
 */
public class RateLimitExceededException extends RuntimeException {

	private final long retryAfterSeconds;

	RateLimitExceededException(String detail, long retryAfterSeconds) {
		super(detail);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/**
	 * Returns how long the caller must wait before the limit lets a request through
	 * again.
	 * @return whole seconds, at least 1
	 */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
