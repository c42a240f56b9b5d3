package io.mercato.shared.security;

import java.time.Duration;
import java.util.UUID;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RateLimiterUnitTests {

	private final ManualTime time = new ManualTime();

	@Test
	void refusesTheSixthLoginAttemptOfAMinuteAndNamesTheWait() {
		RateLimiter limiter = limiter(5, 1000, 1000, 1000);
		for (int attempt = 0; attempt < 5; attempt++) {
			limiter.checkAuthenticationAttempt("login", "192.0.2.1", "user" + attempt + "@example.com");
		}

		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limiter.checkAuthenticationAttempt("login", "192.0.2.1", "other@example.com"))
			.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(12))
			.withMessage("Too many attempts from your address; try again in 12 seconds.");
	}

	@Test
	void refillsOneAttemptEachFifthOfAMinute() {
		RateLimiter limiter = limiter(5, 1000, 1000, 1000);
		exhaust(() -> limiter.checkAuthenticationAttempt("login", "192.0.2.2", "a@example.com"));

		this.time.advance(Duration.ofSeconds(12));
		limiter.checkAuthenticationAttempt("login", "192.0.2.2", "a@example.com");

		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limiter.checkAuthenticationAttempt("login", "192.0.2.2", "a@example.com"));
	}

	@Test
	void roundsTheWaitUpToWholeSeconds() {
		RateLimiter limiter = limiter(5, 1000, 1000, 1000);
		exhaust(() -> limiter.checkAuthenticationAttempt("login", "192.0.2.3", "a@example.com"));
		this.time.advance(Duration.ofMillis(11_500));

		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limiter.checkAuthenticationAttempt("login", "192.0.2.3", "a@example.com"))
			.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(1))
			.withMessageEndingWith("try again in 1 second.");
	}

	@Test
	void countsAnAccountAcrossAddressesWhateverTheCaseOfItsEmail() {
		RateLimiter limiter = limiter(1000, 5, 1000, 1000);
		for (int attempt = 0; attempt < 5; attempt++) {
			limiter.checkAuthenticationAttempt("login", "192.0.2." + attempt, "Ada@Example.com");
		}

		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limiter.checkAuthenticationAttempt("login", "198.51.100.1", "  ada@example.COM "))
			.withMessageStartingWith("Too many attempts for this account");
		assertThatCode(() -> limiter.checkAuthenticationAttempt("login", "198.51.100.1", "bob@example.com"))
			.doesNotThrowAnyException();
	}

	@Test
	void countsLoginsAndRegistrationsApart() {
		RateLimiter limiter = limiter(5, 5, 1000, 1000);
		exhaust(() -> limiter.checkAuthenticationAttempt("registration", "192.0.2.4", "a@example.com"));

		assertThatCode(() -> limiter.checkAuthenticationAttempt("login", "192.0.2.4", "a@example.com"))
			.doesNotThrowAnyException();
	}

	@Test
	void countsApiRequestsPerUserAndAnonymousOnesPerAddress() {
		RateLimiter limiter = limiter(1000, 1000, 3, 2);
		CurrentUser user = new CurrentUser(UUID.randomUUID(), Role.CUSTOMER, UUID.randomUUID());
		for (int request = 0; request < 3; request++) {
			limiter.checkApiRequest(user, "192.0.2." + request);
		}
		limiter.checkApiRequest(null, "192.0.2.5");
		limiter.checkApiRequest(null, "192.0.2.5");

		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limiter.checkApiRequest(user, "192.0.2.9"));
		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limiter.checkApiRequest(null, "192.0.2.5"));
		assertThatCode(() -> limiter.checkApiRequest(null, "192.0.2.6")).doesNotThrowAnyException();
		assertThatCode(() -> limiter
			.checkApiRequest(new CurrentUser(UUID.randomUUID(), Role.CUSTOMER, UUID.randomUUID()), "192.0.2.5"))
			.doesNotThrowAnyException();
	}

	@Test
	void switchesEveryLimitOffWithZero() {
		RateLimiter limiter = limiter(0, 0, 0, 0);
		CurrentUser user = new CurrentUser(UUID.randomUUID(), Role.CUSTOMER, UUID.randomUUID());

		assertThatCode(() -> {
			for (int request = 0; request < 10_000; request++) {
				limiter.checkAuthenticationAttempt("login", "192.0.2.7", "a@example.com");
				limiter.checkApiRequest(user, "192.0.2.7");
				limiter.checkApiRequest(null, "192.0.2.7");
			}
		}).doesNotThrowAnyException();
	}

	@Test
	void switchesOneLimitOffWithZeroAndKeepsTheOthers() {
		RateLimiter limiter = limiter(0, 5, 1000, 1000);
		for (int attempt = 0; attempt < 100; attempt++) {
			limiter.checkAuthenticationAttempt("login", "192.0.2.8", "user" + attempt + "@example.com");
		}

		exhaust(() -> limiter.checkAuthenticationAttempt("login", "192.0.2.8", "a@example.com"));
	}

	private RateLimiter limiter(int authPerIp, int authPerAccount, int apiPerUser, int apiPerIp) {
		return new RateLimiter(new RateLimitProperties(authPerIp, authPerAccount, apiPerUser, apiPerIp), this.time);
	}

	/**
	 * Calls until the limit refuses; the limit must refuse within a few hundred calls.
	 */
	private static void exhaust(Runnable attempt) {
		for (int calls = 0; calls < 500; calls++) {
			try {
				attempt.run();
			}
			catch (RateLimitExceededException ex) {
				return;
			}
		}
		throw new AssertionError("The limit never refused a call");
	}

	private static final class ManualTime implements TimeMeter {

		private long nanos = Duration.ofHours(1).toNanos();

		void advance(Duration duration) {
			this.nanos += duration.toNanos();
		}

		@Override
		public long currentTimeNanos() {
			return this.nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	}

}
