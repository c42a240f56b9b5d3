package io.mercato.shared.security;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Counts requests against the limits of {@link RateLimitProperties} and refuses those
 * over a limit with a {@link RateLimitExceededException}, which the API answers with 429
 * and {@code Retry-After}. Each limit is a token bucket per key (a client address, an
 * account, a user) that refills evenly over a minute, so a caller who used up a limit
 * waits for the next token rather than for a whole minute.
 * <p>
 * The general API limit applies to every {@code /api/} request through the security
 * filter chain. Modules call {@link #checkAuthenticationAttempt} where a request names
 * the account it tries to enter, which only the request body tells.
 * <p>
 * The buckets live in this process's memory: each instance of the application counts on
 * its own.
 */
public class RateLimiter {

	private static final Duration PERIOD = Duration.ofMinutes(1);

	private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

	// bounds the memory a flood of distinct addresses or emails can take; an evicted
	// bucket starts full again
	private static final long MAX_KEYS_PER_LIMIT = 100_000;

	private final Limit authPerIp;

	private final Limit authPerAccount;

	private final Limit apiPerUser;

	private final Limit apiPerIp;

	RateLimiter(RateLimitProperties properties, TimeMeter time) {
		this.authPerIp = new Limit(properties.authPerIp(), time, "Too many attempts from your address");
		this.authPerAccount = new Limit(properties.authPerAccount(), time, "Too many attempts for this account");
		this.apiPerUser = new Limit(properties.apiPerUser(), time, "Too many requests");
		this.apiPerIp = new Limit(properties.apiPerIp(), time, "Too many requests from your address");
	}

	/**
	 * Counts an attempt to enter an account, such as a login or a registration, against
	 * the client address's and the account's limits. Attempts of different actions are
	 * counted apart.
	 * @param action what the attempt is, such as {@code login}
	 * @param clientAddress the client's address: the request's remote address, never a
	 * header the client chose
	 * @param email the email address the request names; case and surrounding blanks do
	 * not matter
	 * @throws RateLimitExceededException when the address or the account has used up its
	 * limit
	 */
	public void checkAuthenticationAttempt(String action, String clientAddress, String email) {
		this.authPerIp.consume(action + " " + clientAddress);
		this.authPerAccount.consume(action + " " + normalize(email));
	}

	/**
	 * Counts an API request against the user's limit, or against the client address's
	 * when nobody is logged in.
	 * @param user the authenticated caller, {@code null} for anonymous requests
	 * @param clientAddress the request's remote address
	 * @throws RateLimitExceededException when the limit is used up
	 */
	void checkApiRequest(CurrentUser user, String clientAddress) {
		if (user != null) {
			this.apiPerUser.consume(user.id().toString());
		}
		else {
			this.apiPerIp.consume(clientAddress);
		}
	}

	private static String normalize(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * One limit: a bucket per key, dropped once idle for a whole period, when it would be
	 * full again anyway.
	 */
	private static final class Limit {

		private final long perPeriod;

		private final TimeMeter time;

		private final String refusal;

		private final Cache<String, Bucket> buckets;

		Limit(long perPeriod, TimeMeter time, String refusal) {
			this.perPeriod = perPeriod;
			this.time = time;
			this.refusal = refusal;
			this.buckets = Caffeine.newBuilder().expireAfterAccess(PERIOD).maximumSize(MAX_KEYS_PER_LIMIT).build();
		}

		void consume(String key) {
			if (this.perPeriod == 0) {
				return;
			}
			ConsumptionProbe probe = this.buckets.get(key, (ignored) -> newBucket()).tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				long seconds = retryAfterSeconds(probe.getNanosToWaitForRefill());
				throw new RateLimitExceededException(
						this.refusal + "; try again in " + seconds + ((seconds == 1) ? " second." : " seconds."),
						seconds);
			}
		}

		private Bucket newBucket() {
			return Bucket.builder()
				.addLimit((limit) -> limit.capacity(this.perPeriod).refillGreedy(this.perPeriod, PERIOD))
				.withCustomTimePrecision(this.time)
				.build();
		}

		private static long retryAfterSeconds(long nanos) {
			// Retry-After has whole seconds: round up, so that a retry at that time
			// passes
			return Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
		}

	}

}
