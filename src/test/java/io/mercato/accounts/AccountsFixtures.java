package io.mercato.accounts;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import io.mercato.shared.mail.CapturingMailPort;
import io.mercato.shared.mail.MailMessage;
import io.mercato.shared.security.ClientInfo;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reaches account states: through the HTTP API, as clients do (registered users,
 * logged-in sessions), for the {@code *ApiIntegrationTests}; and through the module's API
 * (callers an admin verified), for module tests that boot without MockMvc.
 */
public class AccountsFixtures {

	/** Strong enough for the password policy, unrelated to any test address. */
	public static final String PASSWORD = "Velvet-Otter-Lantern-42";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final ClientInfo CLIENT = new ClientInfo("127.0.0.1", "fixtures");

	private final MockMvcTester mvc;

	private final AccountSelfService selfService;

	private final UserAdministration administration;

	private final CapturingMailPort mail;

	/** The fixtures over the beans of a test's application context. */
	public static AccountsFixtures of(MockMvcTester mvc, ApplicationContext context) {
		return new AccountsFixtures(mvc, context.getBean(AccountSelfService.class),
				context.getBean(UserAdministration.class), context.getBean(CapturingMailPort.class));
	}

	/**
	 * The fixtures of a context without MockMvc: only the methods that reach states
	 * through the module's API work.
	 */
	public static AccountsFixtures of(ApplicationContext context) {
		return of(null, context);
	}

	public AccountsFixtures(MockMvcTester mvc, AccountSelfService selfService, UserAdministration administration,
			CapturingMailPort mail) {
		this.mvc = mvc;
		this.selfService = selfService;
		this.administration = administration;
		this.mail = mail;
	}

	/** An admin, as the module API sees its caller. */
	public CurrentUser adminUser() {
		String email = uniqueEmail("admin");
		this.administration.createAdminIfAbsent(email, PASSWORD);
		UUID id = this.administration.users(Role.ADMIN, null, email, Pageable.ofSize(1)).getContent().get(0).id();
		return new CurrentUser(id, Role.ADMIN, UUID.randomUUID());
	}

	/** A shopkeeper an admin verified, as the module API sees its caller. */
	public CurrentUser customerUser() {
		UserView customer = this.selfService.register(new Registration(Role.CUSTOMER, uniqueEmail("customer"), PASSWORD,
				PASSWORD, "Ada Lovelace", null, null, null));
		return new CurrentUser(customer.id(), Role.CUSTOMER, UUID.randomUUID());
	}

	public CurrentUser verifiedShopkeeperUser() {
		UserView shopkeeper = this.selfService.register(new Registration(Role.SHOPKEEPER, uniqueEmail("shop"), PASSWORD,
				PASSWORD, null, null, "Lantern Lighting", null));
		this.administration.verifyShopkeeper(adminUser(), CLIENT, shopkeeper.id(), true);
		return new CurrentUser(shopkeeper.id(), Role.SHOPKEEPER, UUID.randomUUID());
	}

	/** A fresh address no other test uses. */
	public static String uniqueEmail(String who) {
		return who + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.com";
	}

	public UUID registerCustomer(String email) {
		MvcTestResult result = post("/api/v1/auth/register", """
				{"email": "%s", "password": "%s", "password_confirm": "%s", "full_name": "Ada Lovelace"}"""
			.formatted(email, PASSWORD, PASSWORD));
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(JsonPath.read(body(result), "$.id"));
	}

	public UUID registerShopkeeper(String email) {
		MvcTestResult result = post("/api/v1/auth/register/shopkeeper", """
				{"email": "%s", "password": "%s", "password_confirm": "%s", "shop_name": "Lantern Lighting"}"""
			.formatted(email, PASSWORD, PASSWORD));
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(JsonPath.read(body(result), "$.id"));
	}

	public Session login(String email) {
		return login(email, PASSWORD);
	}

	public Session login(String email, String password) {
		return session(
				post("/api/v1/auth/login", "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password)));
	}

	/** Logs in as a client connected from the given address. */
	public Session loginFrom(String clientAddress, String email) {
		return session(post("/api/v1/auth/login",
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, PASSWORD), clientAddress));
	}

	private static Session session(MvcTestResult login) {
		assertThat(login).hasStatusOk();
		String json = body(login);
		return new Session(JsonPath.read(json, "$.access"), JsonPath.read(json, "$.refresh"),
				UUID.fromString(JsonPath.read(json, "$.session_id")),
				UUID.fromString(JsonPath.read(json, "$.user.id")));
	}

	/** A logged-in customer. */
	public Session customer() {
		String email = uniqueEmail("customer");
		registerCustomer(email);
		return login(email);
	}

	/** A logged-in admin. */
	public Session admin() {
		String email = uniqueEmail("admin");
		this.administration.createAdminIfAbsent(email, PASSWORD);
		return login(email);
	}

	/** The token of the newest mail to the address. */
	public String mailedToken(String email) {
		List<MailMessage> messages = this.mail.sentTo(email);
		assertThat(messages).isNotEmpty();
		String text = messages.get(0).text();
		return text.substring(text.lastIndexOf("Token: ") + "Token: ".length()).trim();
	}

	public MvcTestResult post(String path, String json) {
		return mvc().post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	/** Posts as a client connected from the given address, to test per-address limits. */
	public MvcTestResult post(String path, String json, String clientAddress) {
		return mvc().post().uri(path).with((request) -> {
			request.setRemoteAddr(clientAddress);
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private MockMvcTester mvc() {
		if (this.mvc == null) {
			throw new IllegalStateException("These fixtures have no MockMvc; reach the state through the module API");
		}
		return this.mvc;
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A logged-in session.
	 */
	public record Session(String access, String refresh, UUID sessionId, UUID userId) {

		public String bearer() {
			return "Bearer " + this.access;
		}

		public static String header() {
			return HttpHeaders.AUTHORIZATION;
		}

	}

}
