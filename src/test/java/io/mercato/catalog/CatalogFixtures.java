package io.mercato.catalog;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static io.mercato.accounts.AccountsFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reaches catalog states: categories, brands and products through the catalog's module
 * API, verified shopkeepers through the accounts' module API ({@link #shop()}) or, logged
 * in, through the HTTP API, and products as their JSON for the
 * {@code *ApiIntegrationTests} through the HTTP API.
 */
public class CatalogFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final MockMvcTester mvc;

	private final AccountsFixtures accounts;

	private final ProductListings products;

	private final CategoryAdministration categories;

	private final BrandAdministration brands;

	private Session admin;

	public CatalogFixtures(MockMvcTester mvc, AccountsFixtures accounts, ProductListings products,
			CategoryAdministration categories, BrandAdministration brands) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.products = products;
		this.categories = categories;
		this.brands = brands;
	}

	/** The fixtures over the beans of a test's application context. */
	public static CatalogFixtures of(MockMvcTester mvc, ApplicationContext context) {
		return new CatalogFixtures(mvc, AccountsFixtures.of(mvc, context), context.getBean(ProductListings.class),
				context.getBean(CategoryAdministration.class), context.getBean(BrandAdministration.class));
	}

	/**
	 * The fixtures of a context without MockMvc: only the methods that reach states
	 * through the module APIs work.
	 */
	public static CatalogFixtures of(ApplicationContext context) {
		return of(null, context);
	}

	public AccountsFixtures accounts() {
		return this.accounts;
	}

	/** A logged-in admin, the same for every call. */
	public Session admin() {
		if (this.admin == null) {
			this.admin = this.accounts.admin();
		}
		return this.admin;
	}

	/** A logged-in shopkeeper an admin has verified. */
	public Session verifiedShopkeeper() {
		String email = uniqueEmail("shop");
		UUID id = this.accounts.registerShopkeeper(email);
		assertThat(send(admin(), this.mvc.post().uri("/api/v1/admin/shopkeepers/{id}/verify", id))).hasStatusOk();
		return this.accounts.login(email);
	}

	/**
	 * A verified shopkeeper, as the catalog's module API sees its caller, reached through
	 * the accounts' module API.
	 */
	public CurrentUser shop() {
		return this.accounts.verifiedShopkeeperUser();
	}

	/** The caller a session stands for. */
	public static CurrentUser caller(Session shopkeeper) {
		return new CurrentUser(shopkeeper.userId(), Role.SHOPKEEPER, shopkeeper.sessionId());
	}

	/** An active category, at the top when {@code parentId} is {@code null}. */
	public UUID category(String name, UUID parentId) {
		return this.categories.createCategory(new CategoryDraft(name, parentId, true)).id();
	}

	public UUID brand(String name) {
		return this.brands.createBrand(new BrandDraft(name, null)).id();
	}

	/** A product of the shop at the price, in the status, with a unique name and SKU. */
	public UUID product(CurrentUser shop, UUID categoryId, String price, ProductStatus status) {
		String suffix = SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.products
			.createProduct(shop,
					new ProductDraft("Desk lamp " + suffix, "A lamp for the desk.", categoryId, null, Money.of(price),
							null, null, uniqueSku(), status, false, List.of(), null))
			.id();
	}

	/** A published product of the shopkeeper, with a unique SKU. */
	public UUID product(Session shopkeeper, UUID categoryId, String name, String price) {
		return product(shopkeeper, """
				{"name": "%s", "category_id": "%s", "price": "%s", "sku": "%s", "status": "PUBLISHED"}"""
			.formatted(name, categoryId, price, uniqueSku()));
	}

	public UUID product(Session shopkeeper, String json) {
		MvcTestResult result = send(shopkeeper, this.mvc.post().uri("/api/v1/products"), json);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(JsonPath.read(body(result), "$.id"));
	}

	public static String uniqueSku() {
		return "SKU-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
	}

	public MvcTestResult send(Session session, MockMvcTester.MockMvcRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, session.bearer()).exchange();
	}

	public MvcTestResult send(Session session, MockMvcTester.MockMvcRequestBuilder request, String json) {
		return request.header(HttpHeaders.AUTHORIZATION, session.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
