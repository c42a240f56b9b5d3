package io.mercato.accounts;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static io.mercato.accounts.AccountsFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

@MercatoApiTest
@RecordApplicationEvents
class UserAdministrationIntegrationTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accountManagement;

	AccountsFixtures accounts;

	Session admin;

	@BeforeEach
	void setUp() {
		this.accounts = AccountsFixtures.of(this.mvc, this.context);
		this.admin = this.accounts.admin();
	}

	@Test
	void refusesCustomersAndAnonymousCallersOnAdminRoutes() {
		Session customer = this.accounts.customer();

		for (String path : new String[] { "/api/v1/admin/users", "/api/v1/customers", "/api/v1/admin/audit-log" }) {
			assertThat(this.mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, customer.bearer()))
				.hasStatus(HttpStatus.FORBIDDEN)
				.bodyJson()
				.extractingPath("$.code")
				.isEqualTo("forbidden");
			assertThat(this.mvc.get().uri(path)).hasStatus(HttpStatus.UNAUTHORIZED);
		}
	}

	@Test
	void deactivationEndsTheUsersSessionsAndLogins() {
		String email = uniqueEmail("deactivated");
		UUID userId = this.accounts.registerCustomer(email);
		Session session = this.accounts.login(email);

		MvcTestResult result = asAdmin(this.mvc.post().uri("/api/v1/admin/users/{id}/deactivate", userId));

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.is_active").isEqualTo(false);
		assertThat(this.mvc.get().uri("/api/v1/profile").header(HttpHeaders.AUTHORIZATION, session.bearer()))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.accounts.post("/api/v1/auth/refresh", "{\"refresh\": \"%s\"}".formatted(session.refresh())))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.accounts.post("/api/v1/auth/login",
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, AccountsFixtures.PASSWORD)))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("account_inactive");

		assertThat(asAdmin(this.mvc.post().uri("/api/v1/admin/users/{id}/activate", userId))).hasStatusOk();
		this.accounts.login(email);
	}

	@Test
	void refusesToLetAnAdminDeactivateThemselves() {
		MvcTestResult result = asAdmin(this.mvc.post().uri("/api/v1/admin/users/{id}/deactivate", this.admin.userId()));

		assertThat(result).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("cannot_deactivate_self");
		assertThat(asAdmin(this.mvc.get().uri("/api/v1/profile"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.is_active")
			.isEqualTo(true);
	}

	@Test
	void letsAnAdminDeactivateAnotherWhileAnotherStaysActive() {
		Session other = this.accounts.admin();

		assertThat(asAdmin(this.mvc.post().uri("/api/v1/admin/users/{id}/deactivate", other.userId()))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.is_active")
			.isEqualTo(false);
	}

	@Test
	void verifiesShopkeepersForTheCatalog() {
		UUID shopkeeper = this.accounts.registerShopkeeper(uniqueEmail("shop"));
		assertThat(this.accountManagement.isVerifiedShopkeeper(shopkeeper)).isFalse();

		MvcTestResult verified = asAdmin(this.mvc.post().uri("/api/v1/admin/shopkeepers/{id}/verify", shopkeeper));

		assertThat(verified).hasStatusOk().bodyJson().extractingPath("$.shop.is_verified").isEqualTo(true);
		assertThat(this.accountManagement.isVerifiedShopkeeper(shopkeeper)).isTrue();

		assertThat(asAdmin(this.mvc.post().uri("/api/v1/admin/shopkeepers/{id}/unverify", shopkeeper))).hasStatusOk();
		assertThat(this.accountManagement.isVerifiedShopkeeper(shopkeeper)).isFalse();

		UUID customer = this.accounts.registerCustomer(uniqueEmail("not-a-shop"));
		assertThat(asAdmin(this.mvc.post().uri("/api/v1/admin/shopkeepers/{id}/verify", customer)))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("not_a_shopkeeper");
	}

	@Test
	void publishesAccountEventsOnlyWhenSomethingChanged() {
		UUID shopkeeper = this.accounts.registerShopkeeper(uniqueEmail("evented"));

		for (String action : new String[] { "shopkeepers/{id}/verify", "shopkeepers/{id}/verify",
				"shopkeepers/{id}/unverify", "shopkeepers/{id}/unverify", "users/{id}/activate",
				"users/{id}/deactivate", "users/{id}/deactivate", "users/{id}/activate", "users/{id}/activate" }) {
			assertThat(asAdmin(this.mvc.post().uri("/api/v1/admin/" + action, shopkeeper))).hasStatusOk();
		}

		assertThat(this.events.stream(ShopkeeperVerificationChanged.class)
			.filter((event) -> event.userId().equals(shopkeeper))
			.map(ShopkeeperVerificationChanged::verified)).containsExactly(true, false);
		assertThat(this.events.stream(UserDeactivated.class).filter((event) -> event.userId().equals(shopkeeper)))
			.hasSize(1);
		assertThat(this.events.stream(UserActivated.class).filter((event) -> event.userId().equals(shopkeeper)))
			.hasSize(1);
	}

	@Test
	void keepsWhoVerifiedAShopWhenItIsVerifiedAgain() {
		UUID shopkeeper = this.accounts.registerShopkeeper(uniqueEmail("reverified"));
		String first = JsonPath.read(
				body(asAdmin(this.mvc.post().uri("/api/v1/admin/shopkeepers/{id}/verify", shopkeeper))),
				"$.shop.verified_at");

		assertThat(asAdmin(this.mvc.post().uri("/api/v1/admin/shopkeepers/{id}/verify", shopkeeper))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.shop.verified_at")
			.isEqualTo(first);
	}

	@Test
	void writesAnAuditLogRowForEveryAdminAction() {
		UUID userId = this.accounts.registerCustomer(uniqueEmail("audited"));

		asAdmin(this.mvc.post().uri("/api/v1/admin/users/{id}/deactivate", userId));
		MvcTestResult log = asAdmin(this.mvc.get().uri("/api/v1/admin/audit-log?page_size=100"));

		assertThat(log).hasStatusOk();
		String json = body(log);
		assertThat(JsonPath.<Object>read(json, "$.results[?(@.target_id == '%s')].action".formatted(userId)).toString())
			.contains("USER_DEACTIVATED");
		assertThat(
				JsonPath.<Object>read(json, "$.results[?(@.target_id == '%s')].actor_id".formatted(userId)).toString())
			.contains(this.admin.userId().toString());
		assertThat(JsonPath.<Object>read(json, "$.results[?(@.target_id == '%s')].ip".formatted(userId)).toString())
			.contains("127.0.0.1");
	}

	@Test
	void managesCustomersThroughTheirLifecycle() {
		String email = uniqueEmail("phone-order");
		MvcTestResult created = asAdmin(this.mvc.post()
			.uri("/api/v1/customers")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\", \"full_name\": \"Phone Order\", \"phone\": \"+14155550199\"}"
				.formatted(email)));
		assertThat(created).hasStatus(HttpStatus.CREATED).headers().containsHeader(HttpHeaders.LOCATION);
		String id = JsonPath.read(body(created), "$.id");

		assertThat(asAdmin(this.mvc.get().uri("/api/v1/customers/{id}", id))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.full_name")
			.isEqualTo("Phone Order");

		assertThat(asAdmin(this.mvc.patch()
			.uri("/api/v1/customers/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"full_name\": \"Phone Orderer\"}"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.phone")
			.isEqualTo("+14155550199");

		assertThat(asAdmin(this.mvc.put()
			.uri("/api/v1/customers/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\", \"full_name\": \"Replaced\"}".formatted(email)))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.phone")
			.isNull();

		assertThat(asAdmin(this.mvc.get().uri("/api/v1/customers?search=" + email.substring(0, 18)))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.results[*].id")
			.asArray()
			.containsExactly(id);

		assertThat(asAdmin(this.mvc.delete().uri("/api/v1/customers/{id}", id))).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(asAdmin(this.mvc.get().uri("/api/v1/customers/{id}", id))).hasStatus(HttpStatus.NOT_FOUND);
		// the address is free again once its owner is deleted
		this.accounts.registerCustomer(email);
	}

	@Test
	void answersNotFoundForUsersThatAreNoCustomers() {
		UUID shopkeeper = this.accounts.registerShopkeeper(uniqueEmail("shop"));

		assertThat(asAdmin(this.mvc.get().uri("/api/v1/customers/{id}", shopkeeper))).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("user_not_found");
	}

	@Test
	void filtersUsersByRoleActivityAndSearch() {
		String marker = "filter" + UUID.randomUUID().toString().substring(0, 6);
		UUID shop = this.accounts.registerShopkeeper(marker + "-shop@example.com");
		UUID customer = this.accounts.registerCustomer(marker + "-customer@example.com");
		asAdmin(this.mvc.post().uri("/api/v1/admin/users/{id}/deactivate", customer));

		assertThat(asAdmin(this.mvc.get().uri("/api/v1/admin/users?role=SHOPKEEPER&search=" + marker))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.results[*].id")
			.asArray()
			.containsExactly(shop.toString());
		assertThat(asAdmin(this.mvc.get().uri("/api/v1/admin/users?is_active=false&search=" + marker))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.results[*].id")
			.asArray()
			.containsExactly(customer.toString());
		assertThat(asAdmin(this.mvc.get().uri("/api/v1/admin/users?role=OWNER"))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("role");
		assertThat(asAdmin(this.mvc.get().uri("/api/v1/admin/users?page_size=1000"))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void pagesUserListsWithCountAndLinks() {
		for (int i = 0; i < 3; i++) {
			this.accounts.registerCustomer(uniqueEmail("paged"));
		}

		MvcTestResult page = asAdmin(this.mvc.get().uri("/api/v1/customers?page_size=2"));

		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.results.length()").isEqualTo(2);
		assertThat(page).bodyJson().extractingPath("$.next").asString().contains("page=2");
		assertThat(page).bodyJson().extractingPath("$.previous").isNull();
		assertThat(JsonPath.<Integer>read(body(page), "$.count")).isGreaterThanOrEqualTo(3);
	}

	private MvcTestResult asAdmin(MockMvcTester.MockMvcRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, this.admin.bearer()).exchange();
	}

}
