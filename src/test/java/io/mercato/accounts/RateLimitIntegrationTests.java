package io.mercato.accounts;

import io.mercato.accounts.AccountsFixtures.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.mercato.accounts.AccountsFixtures.PASSWORD;
import static io.mercato.accounts.AccountsFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limits at their defaults for login and registration (5 a minute per client
 * address and per account) and small general API limits, in a context of their own: the
 * shared one runs with limits no test reaches. Each test sends from its own client
 * addresses (documentation ranges, RFC 5737) and names its own accounts, so that tests do
 * not use up each other's limits.
 */
@SpringBootTest(properties = { "mercato.rate-limit.auth-per-ip=5", "mercato.rate-limit.auth-per-account=5",
		"mercato.rate-limit.api-per-user=" + RateLimitIntegrationTests.API_LIMIT,
		"mercato.rate-limit.api-per-ip=" + RateLimitIntegrationTests.API_LIMIT })
@AutoConfigureMockMvc
class RateLimitIntegrationTests {

	static final int API_LIMIT = 20;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	AccountsFixtures accounts;

	@BeforeEach
	void setUp() {
		this.accounts = AccountsFixtures.of(this.mvc, this.context);
	}

	@Test
	void refusesTheSixthLoginAttemptOfAMinuteFromOneAddress() {
		String email = uniqueEmail("sixth");
		register(email, "192.0.2.1");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(login(uniqueEmail("nobody"), PASSWORD, "192.0.2.2")).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult sixth = login(email, PASSWORD, "192.0.2.2");

		assertTooManyRequests(sixth);
		assertThat(sixth).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Too many attempts from your address");
		assertThat(login(email, PASSWORD, "192.0.2.3")).hasStatusOk();
	}

	@Test
	void limitsLoginAttemptsPerAccountAcrossAddresses() {
		String email = uniqueEmail("targeted");
		register(email, "192.0.2.10");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(login(email, "Wrong-Guess-" + attempt, "198.51.100." + attempt))
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult sixth = login(email.toUpperCase(), PASSWORD, "198.51.100.6");

		assertTooManyRequests(sixth);
		assertThat(sixth).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Too many attempts for this account");
		String other = uniqueEmail("bystander");
		register(other, "192.0.2.10");
		assertThat(login(other, PASSWORD, "198.51.100.6")).hasStatusOk();
	}

	@Test
	void limitsRegistrationsFromOneAddressAndCreatesNothingOverTheLimit() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(registration(uniqueEmail("signup"), "192.0.2.20")).hasStatus(HttpStatus.CREATED);
		}
		String sixth = uniqueEmail("signup");

		assertTooManyRequests(registration(sixth, "192.0.2.20"));
		assertTooManyRequests(this.accounts.post("/api/v1/auth/register/shopkeeper", """
				{"email": "%s", "password": "%s", "password_confirm": "%s", "shop_name": "Over The Limit"}"""
			.formatted(uniqueEmail("shop"), PASSWORD, PASSWORD), "192.0.2.20"));
		assertThat(login(sixth, PASSWORD, "192.0.2.21")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void limitsRegistrationsOfOneEmailAcrossAddresses() {
		String email = uniqueEmail("again");
		assertThat(registration(email, "203.0.113.1")).hasStatus(HttpStatus.CREATED);
		for (int attempt = 2; attempt <= 5; attempt++) {
			assertThat(registration(email, "203.0.113." + attempt)).hasStatus(HttpStatus.CONFLICT);
		}

		assertTooManyRequests(registration(email.toUpperCase(), "203.0.113.6"));
	}

	@Test
	void limitsApiRequestsPerUserWhateverTheirAddress() {
		String email = uniqueEmail("busy");
		register(email, "192.0.2.30");
		Session session = this.accounts.loginFrom("192.0.2.30", email);
		for (int request = 1; request <= API_LIMIT; request++) {
			assertThat(profile(session, "198.51.100." + (100 + request))).hasStatusOk();
		}

		assertTooManyRequests(profile(session, "198.51.100.200"));
		assertThat(this.mvc.get().uri("/api/v1").with(from("198.51.100.101"))).hasStatusOk();
		String other = uniqueEmail("calm");
		register(other, "192.0.2.31");
		assertThat(profile(this.accounts.loginFrom("192.0.2.31", other), "198.51.100.101")).hasStatusOk();
	}

	@Test
	void limitsAnonymousApiRequestsPerAddress() {
		for (int request = 1; request <= API_LIMIT; request++) {
			assertThat(this.mvc.get().uri("/api/v1").with(from("192.0.2.40"))).hasStatusOk();
		}

		assertTooManyRequests(this.mvc.get()
			.uri("/api/v1")
			.with(from("192.0.2.40"))
			.header("X-Forwarded-For", "203.0.113.77")
			.exchange());
		assertTooManyRequests(this.accounts.post("/api/v1/auth/login", """
				{"email": "%s", "password": "%s"}""".formatted(uniqueEmail("late"), PASSWORD), "192.0.2.40"));
		assertThat(this.mvc.get().uri("/api/v1").with(from("192.0.2.41"))).hasStatusOk();
	}

	@Test
	void countsTheConnectionsAddressWhateverXForwardedForClaims() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(this.mvc.post()
				.uri("/api/v1/auth/login")
				.with(from("192.0.2.50"))
				.header("X-Forwarded-For", "203.0.113." + (100 + attempt))
				.contentType(MediaType.APPLICATION_JSON)
				.content(loginBody(uniqueEmail("forged"), PASSWORD))).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		assertTooManyRequests(this.mvc.post()
			.uri("/api/v1/auth/login")
			.with(from("192.0.2.50"))
			.header("X-Forwarded-For", "203.0.113.199")
			.header("Forwarded", "for=203.0.113.199")
			.contentType(MediaType.APPLICATION_JSON)
			.content(loginBody(uniqueEmail("forged"), PASSWORD))
			.exchange());
	}

	private static void assertTooManyRequests(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("too_many_requests");
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(429);
		assertThat(result).bodyJson()
			.extractingPath("$.request_id")
			.isEqualTo(result.getResponse().getHeader("X-Request-Id"));
		String retryAfter = result.getResponse().getHeader(HttpHeaders.RETRY_AFTER);
		assertThat(retryAfter).as("Retry-After").matches("[0-9]+");
		assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
	}

	private void register(String email, String address) {
		assertThat(registration(email, address)).hasStatus(HttpStatus.CREATED);
	}

	private MvcTestResult registration(String email, String address) {
		return this.accounts.post("/api/v1/auth/register", """
				{"email": "%s", "password": "%s", "password_confirm": "%s", "full_name": "Ada Lovelace"}"""
			.formatted(email, PASSWORD, PASSWORD), address);
	}

	private MvcTestResult login(String email, String password, String address) {
		return this.accounts.post("/api/v1/auth/login", loginBody(email, password), address);
	}

	private MvcTestResult profile(Session session, String address) {
		return this.mvc.get()
			.uri("/api/v1/profile")
			.with(from(address))
			.header(Session.header(), session.bearer())
			.exchange();
	}

	private static String loginBody(String email, String password) {
		return "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
