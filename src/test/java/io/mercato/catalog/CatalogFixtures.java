package io.mercato.catalog;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;

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
 * Reaches catalog states through the API: verified shopkeepers, categories, brands and
 * products.
 */
public class CatalogFixtures {

	private final MockMvcTester mvc;

	private final AccountsFixtures accounts;

	private final Session admin;

	public CatalogFixtures(MockMvcTester mvc, AccountsFixtures accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.admin = accounts.admin();
	}

	/** The fixtures over the beans of a test's application context. */
	public static CatalogFixtures of(MockMvcTester mvc, ApplicationContext context) {
		return new CatalogFixtures(mvc, AccountsFixtures.of(mvc, context));
	}

	public AccountsFixtures accounts() {
		return this.accounts;
	}

	public Session admin() {
		return this.admin;
	}

	/** A logged-in shopkeeper an admin has verified. */
	public Session verifiedShopkeeper() {
		String email = uniqueEmail("shop");
		UUID id = this.accounts.registerShopkeeper(email);
		assertThat(send(this.admin, this.mvc.post().uri("/api/v1/admin/shopkeepers/{id}/verify", id))).hasStatusOk();
		return this.accounts.login(email);
	}

	public UUID category(String name, UUID parentId) {
		MvcTestResult result = send(this.admin, this.mvc.post().uri("/api/v1/categories"),
				"{\"name\": \"%s\", \"parent_id\": %s}".formatted(name,
						(parentId != null) ? "\"" + parentId + "\"" : "null"));
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(JsonPath.read(body(result), "$.id"));
	}

	public UUID brand(String name) {
		MvcTestResult result = send(this.admin, this.mvc.post().uri("/api/v1/brands"),
				"{\"name\": \"%s\"}".formatted(name));
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(JsonPath.read(body(result), "$.id"));
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
