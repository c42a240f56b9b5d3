package io.mercato.accounts;

import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.PASSWORD;
import static io.mercato.accounts.AccountsFixtures.body;
import static io.mercato.accounts.AccountsFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

@MercatoApiTest
class AuthenticationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JwtEncoder jwtEncoder;

	@Autowired
	JdbcClient jdbc;

	AccountsFixtures accounts;

	@BeforeEach
	void setUp() {
		this.accounts = AccountsFixtures.of(this.mvc, this.context);
	}

	@Test
	void registersCustomerWithoutRevealingThePasswordHash() {
		String email = uniqueEmail("Grace.Hopper");

		MvcTestResult result = this.accounts.post("/api/v1/auth/register/customer", """
				{"email": "%s", "password": "%s", "password_confirm": "%s", "full_name": "Grace Hopper",
				 "phone": "+1 415 555 0123"}""".formatted(email, PASSWORD, PASSWORD));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.email").isEqualTo(email.toLowerCase());
		assertThat(result).bodyJson().extractingPath("$.role").isEqualTo("CUSTOMER");
		assertThat(result).bodyJson().extractingPath("$.phone").isEqualTo("+14155550123");
		assertThat(result).bodyJson().extractingPath("$.email_verified").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.is_active").isEqualTo(true);
		assertThat(body(result)).doesNotContain("password", PASSWORD, "$2a$");
	}

	@Test
	void registersShopkeeperUnverified() {
		MvcTestResult result = this.accounts.post("/api/v1/auth/register/shopkeeper", """
				{"email": "%s", "password": "%s", "password_confirm": "%s", "shop_name": "Tide Tables",
				 "tax_number": "27AAPFU0939F1ZV"}""".formatted(uniqueEmail("shop"), PASSWORD, PASSWORD));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.role").isEqualTo("SHOPKEEPER");
		assertThat(result).bodyJson().extractingPath("$.shop.shop_name").isEqualTo("Tide Tables");
		assertThat(result).bodyJson().extractingPath("$.shop.is_verified").isEqualTo(false);
	}

	@Test
	void refusesDuplicateEmailCaseInsensitivelyAndDuplicatePhone() {
		String email = uniqueEmail("twice");
		this.accounts.registerCustomer(email);
		MvcTestResult sameEmail = this.accounts.post("/api/v1/auth/register", """
				{"email": "%s", "password": "%s", "password_confirm": "%s", "full_name": "Someone Else"}"""
			.formatted(email.toUpperCase(), PASSWORD, PASSWORD));
		assertThat(sameEmail).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("email_taken");

		String phone = "+4930" + (1000000 + (int) (Math.random() * 8000000));
		assertThat(
				this.accounts.post("/api/v1/auth/register",
						"""
								{"email": "%s", "password": "%s", "password_confirm": "%s", "full_name": "First", "phone": "%s"}"""
							.formatted(uniqueEmail("phone-a"), PASSWORD, PASSWORD, phone)))
			.hasStatus(HttpStatus.CREATED);
		MvcTestResult samePhone = this.accounts.post("/api/v1/auth/register", """
				{"email": "%s", "password": "%s", "password_confirm": "%s", "full_name": "Second", "phone": "%s"}"""
			.formatted(uniqueEmail("phone-b"), PASSWORD, PASSWORD, phone));
		assertThat(samePhone).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("phone_taken");
	}

	@Test
	void explainsEachBrokenPasswordRuleAsFieldError() {
		String weak = register("ada@example.com", "password", "password");
		assertThat(JsonPath.<Object>read(weak, "$.errors[?(@.field == 'password')].message").toString())
			.contains("too easy to guess");

		String emailLike = register("margaret.hamilton@example.com", "margaret.hamilton1", "margaret.hamilton1");
		assertThat(JsonPath.<Object>read(emailLike, "$.errors[?(@.field == 'password')].message").toString())
			.contains("must not contain or resemble your email address");

		String mismatched = register(uniqueEmail("mismatch"), PASSWORD, PASSWORD + "!");
		assertThat(JsonPath.<Object>read(mismatched, "$.errors[?(@.field == 'password_confirm')].message").toString())
			.contains("does not match the password");

		String shortOne = register(uniqueEmail("short"), "Xq7!", "Xq7!");
		assertThat(JsonPath.<Object>read(shortOne, "$.errors[?(@.field == 'password')].message").toString())
			.contains("at least 8 characters");
	}

	@Test
	void refusesInvalidPhoneAndWritesNothing() {
		String email = uniqueEmail("phone");
		MvcTestResult result = this.accounts.post("/api/v1/auth/register", """
				{"email": "%s", "password": "%s", "password_confirm": "%s", "full_name": "Ada", "phone": "12345"}"""
			.formatted(email, PASSWORD, PASSWORD));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("phone");
		assertThat(this.accounts.post("/api/v1/auth/login",
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, PASSWORD)))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void verifiesEmailOnceWithTheMailedToken() {
		String email = uniqueEmail("verify");
		this.accounts.registerCustomer(email);
		String token = this.accounts.mailedToken(email);

		assertThat(this.accounts.post("/api/v1/auth/verify-email", "{\"token\": \"%s\"}".formatted(token)))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.accounts.post("/api/v1/auth/verify-email", "{\"token\": \"%s\"}".formatted(token)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_token");

		Session session = this.accounts.login(email);
		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, session.bearer())).bodyJson()
			.extractingPath("$.email_verified")
			.isEqualTo(true);
	}

	@Test
	void logsInWithTokensAndTheUser() {
		String email = uniqueEmail("login");
		UUID userId = this.accounts.registerCustomer(email);

		MvcTestResult result = this.accounts.post("/api/v1/auth/login",
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email.toUpperCase(), PASSWORD));

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.user.id").isEqualTo(userId.toString());
		assertThat(result).bodyJson().extractingPath("$.token_type").isEqualTo("Bearer");
		assertThat(result).bodyJson().extractingPath("$.access").asString().contains(".");
		assertThat(result).bodyJson().extractingPath("$.refresh").asString().hasSizeGreaterThan(30);
	}

	@Test
	void refusesWrongPasswordAndUnknownEmailAlike() {
		String email = uniqueEmail("wrong");
		this.accounts.registerCustomer(email);

		MvcTestResult wrongPassword = this.accounts.post("/api/v1/auth/login",
				"{\"email\": \"%s\", \"password\": \"Not-The-Password-9\"}".formatted(email));
		MvcTestResult unknownEmail = this.accounts.post("/api/v1/auth/login",
				"{\"email\": \"%s\", \"password\": \"Not-The-Password-9\"}".formatted(uniqueEmail("nobody")));

		assertThat(wrongPassword).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(unknownEmail).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(JsonPath.<String>read(body(wrongPassword), "$.detail"))
			.isEqualTo(JsonPath.<String>read(body(unknownEmail), "$.detail"));
		assertThat(JsonPath.<String>read(body(wrongPassword), "$.code")).isEqualTo("invalid_credentials");
	}

	@Test
	void servesTheProfileToTheTokenHolderInTwoQueries() {
		Session session = this.accounts.customer();

		QueryCounter.reset();
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/profile")
			.header(HttpHeaders.AUTHORIZATION, session.bearer())
			.exchange();

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo(session.userId().toString());
		assertThat(QueryCounter.count()).isEqualTo(2);
	}

	@Test
	void logsInWithAFixedNumberOfQueries() {
		String email = uniqueEmail("count");
		this.accounts.registerCustomer(email);
		this.accounts.login(email);

		QueryCounter.reset();
		this.accounts.login(email);

		// user by email, user row lock, active sessions, new session, user with profile
		assertThat(QueryCounter.count()).isEqualTo(5);
	}

	@Test
	void refusesTheAccessTokenOfALoggedOutSessionAtOnce() {
		Session session = this.accounts.customer();

		assertThat(this.mvc.post().uri("/api/v1/auth/logout").header(HttpHeaders.AUTHORIZATION, session.bearer()))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, session.bearer()))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_token");
	}

	@Test
	void rotatesRefreshTokensAndRevokesTheSessionWhenASpentOneReturns() {
		Session session = this.accounts.customer();

		MvcTestResult refreshed = this.accounts.post("/api/v1/auth/refresh",
				"{\"refresh\": \"%s\"}".formatted(session.refresh()));
		assertThat(refreshed).hasStatusOk();
		String newAccess = JsonPath.read(body(refreshed), "$.access");
		String newRefresh = JsonPath.read(body(refreshed), "$.refresh");
		assertThat(newRefresh).isNotEqualTo(session.refresh());

		MvcTestResult reused = this.accounts.post("/api/v1/auth/refresh",
				"{\"refresh\": \"%s\"}".formatted(session.refresh()));
		assertThat(reused).hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_refresh_token");

		// the thief's use ended the session for the rightful holder too
		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, "Bearer " + newAccess))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.accounts.post("/api/v1/auth/refresh", "{\"refresh\": \"%s\"}".formatted(newRefresh)))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void keepsAtMostThreeSessionsRevokingTheOldest() {
		String email = uniqueEmail("sessions");
		this.accounts.registerCustomer(email);
		Session first = this.accounts.login(email);
		this.accounts.login(email);
		this.accounts.login(email);
		Session fourth = this.accounts.login(email);

		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, first.bearer()))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		MvcTestResult sessions = this.mvc.get()
			.uri("/api/v1/auth/sessions")
			.header(HttpHeaders.AUTHORIZATION, fourth.bearer())
			.exchange();
		assertThat(sessions).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(3);
		assertThat(sessions).bodyJson()
			.extractingPath("$[?(@.current == true)].id")
			.asArray()
			.containsExactly(fourth.sessionId().toString());
	}

	@Test
	void endsOnlyTheCallersOwnSessions() {
		Session mine = this.accounts.customer();
		Session theirs = this.accounts.customer();

		assertThat(this.mvc.delete()
			.uri("/api/v1/auth/sessions/{id}", theirs.sessionId())
			.header(HttpHeaders.AUTHORIZATION, mine.bearer())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, theirs.bearer()))
			.hasStatusOk();
	}

	@Test
	void logsOutEverywhere() {
		String email = uniqueEmail("everywhere");
		this.accounts.registerCustomer(email);
		Session phone = this.accounts.login(email);
		Session laptop = this.accounts.login(email);

		assertThat(this.mvc.post().uri("/api/v1/auth/logout-all").header(HttpHeaders.AUTHORIZATION, laptop.bearer()))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, phone.bearer()))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, laptop.bearer()))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void changesPasswordAndEndsTheOtherSessions() {
		String email = uniqueEmail("change");
		this.accounts.registerCustomer(email);
		Session other = this.accounts.login(email);
		Session current = this.accounts.login(email);
		String newPassword = "Quartz-Heron-Meadow-77";

		MvcTestResult wrong = this.mvc.post()
			.uri("/api/v1/auth/password/change")
			.header(HttpHeaders.AUTHORIZATION, current.bearer())
			.contentType("application/json")
			.content("""
					{"current_password": "nope-nope-nope", "new_password": "%s", "new_password_confirm": "%s"}"""
				.formatted(newPassword, newPassword))
			.exchange();
		assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("current_password");

		assertThat(this.mvc.post()
			.uri("/api/v1/auth/password/change")
			.header(HttpHeaders.AUTHORIZATION, current.bearer())
			.contentType("application/json")
			.content("""
					{"current_password": "%s", "new_password": "%s", "new_password_confirm": "%s"}"""
				.formatted(PASSWORD, newPassword, newPassword)))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, current.bearer()))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, other.bearer()))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		this.accounts.login(email, newPassword);
	}

	@Test
	void resetsPasswordWithTheMailedTokenAndEndsEverySession() {
		String email = uniqueEmail("reset");
		this.accounts.registerCustomer(email);
		Session before = this.accounts.login(email);

		assertThat(this.accounts.post("/api/v1/auth/password/reset", "{\"email\": \"%s\"}".formatted(email)))
			.hasStatus(HttpStatus.ACCEPTED);
		assertThat(this.accounts.post("/api/v1/auth/password/reset",
				"{\"email\": \"%s\"}".formatted(uniqueEmail("nobody"))))
			.hasStatus(HttpStatus.ACCEPTED);
		String token = this.accounts.mailedToken(email);
		String newPassword = "Copper-Falcon-Harbor-58";

		assertThat(this.accounts.post("/api/v1/auth/password/reset/confirm", """
				{"token": "%s", "new_password": "%s", "new_password_confirm": "%s"}""".formatted(token, newPassword,
				newPassword)))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, before.bearer()))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		this.accounts.login(email, newPassword);
		assertThat(this.accounts.post("/api/v1/auth/password/reset/confirm", """
				{"token": "%s", "new_password": "%s", "new_password_confirm": "%s"}""".formatted(token, newPassword,
				newPassword)))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void changesProfileButNeverEmailOrRole() {
		Session session = this.accounts.customer();

		MvcTestResult patched = this.mvc.patch()
			.uri("/api/v1/profile")
			.header(HttpHeaders.AUTHORIZATION, session.bearer())
			.contentType("application/json")
			.content("{\"full_name\": \"Ada King\"}")
			.exchange();
		assertThat(patched).hasStatusOk().bodyJson().extractingPath("$.full_name").isEqualTo("Ada King");

		MvcTestResult roleChange = this.mvc.patch()
			.uri("/api/v1/profile")
			.header(HttpHeaders.AUTHORIZATION, session.bearer())
			.contentType("application/json")
			.content("{\"role\": \"ADMIN\"}")
			.exchange();
		assertThat(roleChange).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("unknown_property");

		MvcTestResult replaced = this.mvc.put()
			.uri("/api/v1/profile")
			.header(HttpHeaders.AUTHORIZATION, session.bearer())
			.contentType("application/json")
			.content("{\"phone\": \"+442071838750\"}")
			.exchange();
		assertThat(replaced).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("full_name");
	}

	@Test
	void refusesShopFieldsFromACustomerInsteadOfDroppingThem() {
		Session session = this.accounts.customer();

		MvcTestResult patched = this.mvc.patch()
			.uri("/api/v1/profile")
			.header(HttpHeaders.AUTHORIZATION, session.bearer())
			.contentType("application/json")
			.content("{\"full_name\": \"Ada King\", \"shop_name\": \"Ada's\", \"tax_number\": \"GST-1\"}")
			.exchange();

		assertThat(patched).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("shop_name", "tax_number");
		assertThat(this.mvc.put()
			.uri("/api/v1/profile")
			.header(HttpHeaders.AUTHORIZATION, session.bearer())
			.contentType("application/json")
			.content("{\"full_name\": \"Ada King\", \"tax_number\": \"GST-1\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("tax_number");
		// nothing was written
		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, session.bearer())).bodyJson()
			.extractingPath("$.full_name")
			.isEqualTo("Ada Lovelace");
	}

	@Test
	void refusesTokensWithBadSignatureNoAlgorithmOrPastExpiry() {
		Session session = this.accounts.customer();
		String[] parts = session.access().split("\\.");
		String forgedSignature = parts[0] + "." + parts[1] + "." + "AAAA" + parts[2].substring(4);
		String unsigned = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
		String expired = this.jwtEncoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
				JwtClaimsSet.builder()
					.issuer("mercato")
					.subject(session.userId().toString())
					.issuedAt(Instant.now().minusSeconds(3600))
					.expiresAt(Instant.now().minusSeconds(60))
					.claim("role", "CUSTOMER")
					.claim("sid", session.sessionId().toString())
					.build()))
			.getTokenValue();

		for (String token : new String[] { forgedSignature, unsigned, expired, "not-a-jwt" }) {
			assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
				.hasStatus(HttpStatus.UNAUTHORIZED)
				.bodyJson()
				.extractingPath("$.code")
				.isEqualTo("invalid_token");
		}
	}

	@Test
	void requiresATokenForTheProfile() {
		assertThat(this.mvc.get().uri("/api/v1/profile")).hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("authentication_required");
	}

	private String register(String email, String password, String confirmation) {
		MvcTestResult result = this.accounts.post("/api/v1/auth/register", """
				{"email": "%s", "password": "%s", "password_confirm": "%s", "full_name": "Test Person"}"""
			.formatted(email, password, confirmation));
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		return body(result);
	}

}
